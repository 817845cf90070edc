namespace NewsHub.Ingestion.Reading;

/// <summary>Limits for reading article files (configuration section <c>Import:Reading</c>).</summary>
public sealed class ArticleReaderOptions
{
    /// <summary>The configuration section these options bind from.</summary>
    public const string SectionName = "Import:Reading";

    /// <summary>
    /// Files larger than this are refused without being read. News articles are tens of kilobytes;
    /// the default of 5 MiB leaves room for inline HTML while keeping a stray dump or video out.
    /// </summary>
    public long MaxFileBytes { get; set; } = 5 * 1024 * 1024;
}
