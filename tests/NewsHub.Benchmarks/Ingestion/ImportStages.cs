using System.Diagnostics;
using NewsHub.Data.Search;
using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Analysis;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Partnerships;
using NewsHub.Ingestion.Reading;
using NewsHub.Pipeline.Import;

namespace NewsHub.Benchmarks.Ingestion;

/// <summary>
/// Where the CPU time of an import goes before PostgreSQL: each stage of the per-article work, timed on
/// one thread over a folder, in milliseconds per article. `import-stages FOLDER [ROUNDS]`.
/// </summary>
internal static class ImportStages
{
    public static int Run(IReadOnlyList<string> args)
    {
        if (args.Count < 1)
        {
            Console.Error.WriteLine("usage: import-stages FOLDER [ROUNDS]");
            return 2;
        }

        var rounds = args.Count > 1 ? int.Parse(args[1], System.Globalization.CultureInfo.InvariantCulture) : 3;
        var files = ArticleFolder.ListArticleFiles(Path.GetFullPath(args[0]), recursive: false)
            .Select(path => ArticleFile.LoadAsync(path, new ArticleReaderOptions()).GetAwaiter().GetResult())
            .ToList();
        var reader = new ArticleReader();
        var tagger = new CompanyTagger(CompanyCatalogFile.Default);
        SearchTokenizer.Words("预热");   // loads the search segmenter's dictionary outside the timings

        var stages = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var allocated = new Dictionary<string, long>(StringComparer.Ordinal);
        void Time(string stage, Action action)
        {
            var bytes = GC.GetAllocatedBytesForCurrentThread();
            var started = Stopwatch.GetTimestamp();
            action();
            stages[stage] = stages.GetValueOrDefault(stage) + Stopwatch.GetElapsedTime(started);
            allocated[stage] = allocated.GetValueOrDefault(stage) + GC.GetAllocatedBytesForCurrentThread() - bytes;
        }

        var articles = 0;
        for (var round = 0; round <= rounds; round++)
        {
            if (round == 1)
            {
                // Round 0 warms the JIT up and is not counted.
                stages.Clear();
                allocated.Clear();
                articles = 0;
            }

            foreach (var file in files)
            {
                ArticleDocument? document = null;
                try
                {
                    Time("read (decode, front matter, body, sanitise)", () => document = reader.Read(file));
                }
                catch (ArticleReadException)
                {
                    continue;
                }

                ReadBreakdown(file, Time);
                IReadOnlyList<CompanyMention> mentions = [];
                IReadOnlyList<PartnershipFinding> findings = [];
                Time("tag companies", () => mentions = tagger.Tag(document!.CleanText));
                Time("find partnerships", () => findings = PartnershipFinder.Find(document!.CleanText, mentions, document.PublishedAt));
                Time("map to store (cuts the text for search)", () => ArticleMapping.ToStore(document!, new ArticleAnalysis(mentions, findings)));
                articles++;
            }
        }

        Console.WriteLine($"{articles / rounds} articles x {rounds} rounds, one thread; per article: ms, KiB allocated");
        Console.WriteLine($"  GC: gen0 {GC.CollectionCount(0)}, gen1 {GC.CollectionCount(1)}, gen2 {GC.CollectionCount(2)}; {GC.GetTotalAllocatedBytes() / 1024 / 1024} MiB allocated in all");
        foreach (var (stage, elapsed) in stages)
        {
            Console.WriteLine($"  {stage,-48} {elapsed.TotalMilliseconds / articles,8:F3} {allocated[stage] / 1024.0 / articles,10:F1}");
        }

        Console.WriteLine($"  {"(read.* repeat the read stage's parts)",-48}");
        return 0;
    }

    /// <summary>The read stage's parts, done again one by one.</summary>
    private static void ReadBreakdown(ArticleFile file, Action<string, Action> time)
    {
        DecodedText decoded = null!;
        time("read.decode", () => decoded = TextDecoder.Decode(file.Path, file.Bytes.Span));
        ArticleLayout layout = null!;
        time("read.detect", () => layout = ArticleFormatDetector.Detect(file.Path, decoded.Text.ReplaceLineEndings("\n")));
        if (layout.FrontMatterYaml is { } yaml)
        {
            time("read.front matter", () => FrontMatter.Parse(file.Path, yaml, layout.FrontMatterFirstLine));
        }

        var html = layout.Body;
        if (layout.Format == NewsHub.Domain.ArticleFormat.FrontMatterMarkdown)
        {
            time("read.markdown to html", () => html = Markdig.Markdown.ToHtml(layout.Body));
        }
        else if (layout.Format != NewsHub.Domain.ArticleFormat.FrontMatterHtml)
        {
            return;
        }

        AngleSharp.Html.Dom.IHtmlDocument document = null!;
        time("read.html parse", () => document = new AngleSharp.Html.Parser.HtmlParser().ParseDocument(html));
        time("read.sanitise the parsed page", () => DisplayHtml.Sanitize(document));
    }
}
