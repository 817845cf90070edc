using NewsHub.Data.Writing;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Pipeline.Import;

/// <summary>Settings of <see cref="ImportRunner"/> (configuration section <c>Import</c>).</summary>
public sealed class ImportOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Import";

    /// <summary>Limits for reading files.</summary>
    public ArticleReaderOptions Reading { get; set; } = new();

    /// <summary>How events are grouped and conflicts retried.</summary>
    public ArticleWriterOptions Writing { get; set; } = new();

    /// <summary>Files read, parsed and analysed at once: CPU-bound work, one per core.</summary>
    public int ReadParallelism { get; set; } = Environment.ProcessorCount;

    /// <summary>
    /// Articles written at once, each in its own transaction on its own connection. Writers mostly
    /// wait on PostgreSQL round trips, so a few more than the cores keep the readers busy.
    /// </summary>
    public int WriteParallelism { get; set; } = Math.Max(2, Environment.ProcessorCount + 1);

    /// <summary>Parsed articles waiting for a writer; bounds memory when writing is the slower side.</summary>
    public int QueueCapacity { get; set; } = 64;
}
