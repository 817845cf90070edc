namespace NewsHub.Ingestion.Reading;

/// <summary>
/// Reads one article file into an <see cref="ArticleDocument"/>: decodes it, detects its format once
/// and hands the body to the reader of that format. Every failure is an <see cref="ArticleReadException"/>
/// naming the file and the reason. Stateless and safe to use from several threads.
/// </summary>
public sealed class ArticleReader(ArticleReaderOptions options)
{
    /// <summary>A reader with the default limits.</summary>
    public ArticleReader()
        : this(new ArticleReaderOptions())
    {
    }

    /// <summary>The limits this reader applies.</summary>
    public ArticleReaderOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    /// <summary>Loads and reads the file at <paramref name="path"/>.</summary>
    /// <exception cref="ArticleReadException">The file cannot be read as an article.</exception>
    public async Task<ArticleDocument> ReadAsync(string path, CancellationToken cancellationToken = default) =>
        Read(await ArticleFile.LoadAsync(path, Options, cancellationToken));

    /// <summary>Reads a file already loaded.</summary>
    /// <exception cref="ArticleReadException">The file cannot be read as an article.</exception>
    public ArticleDocument Read(ArticleFile file)
    {
        ArgumentNullException.ThrowIfNull(file);
        if (file.Bytes.Length > Options.MaxFileBytes)
        {
            throw new ArticleReadException(file.Path, ReadFailure.TooLarge,
                $"the file is {file.Bytes.Length:N0} bytes, over the limit of {Options.MaxFileBytes:N0} bytes");
        }

        var decoded = TextDecoder.Decode(file.Path, file.Bytes.Span);
        var text = decoded.Text.ReplaceLineEndings("\n");
        var layout = ArticleFormatDetector.Detect(file.Path, text);
        return layout.Format switch
        {
            ArticleFormat.HtmlPage => ReadPage(file, decoded.EncodingName, layout.Body),
            ArticleFormat.Markdown => ReadTitledMarkdown(file, decoded.EncodingName, layout.Body),
            _ => ReadArticleFile(file, decoded.EncodingName, layout),
        };
    }

    /// <summary>
    /// A web page a crawler saved whole, read as a fetched page is: title, time and site from its markup, main text by Readability.
    /// </summary>
    private static ArticleDocument ReadPage(ArticleFile file, string encoding, string html)
    {
        var page = HtmlPage.Read(html, address: null);
        var paragraphs = page.Body.Paragraphs;
        return new ArticleDocument(
            SourcePath: file.Path,
            ContentHash: file.ContentHash,
            Format: ArticleFormat.HtmlPage,
            Encoding: encoding,
            Title: page.Title ?? ArticleTitle.FromText(paragraphs, Path.GetFileNameWithoutExtension(file.Path)),
            PublishedAt: page.PublishedAt,
            Author: page.Metadata.Author,
            Outlet: page.Metadata.SiteName,
            SourceUrl: WebUrl(page.Metadata.CanonicalUrl),
            CleanText: string.Join('\n', paragraphs),
            SanitizedHtml: page.Body.SanitizedHtml,
            Metadata: new Dictionary<string, object?>());
    }

    /// <summary>Markdown without front matter: its first line is a <c># </c> heading that holds the title, and a dateline may follow it.</summary>
    private static ArticleDocument ReadTitledMarkdown(ArticleFile file, string encoding, string markdown)
    {
        var lines = markdown.TrimStart('\n', ' ', '\t').Split('\n', 2);
        var title = lines[0].TrimStart('#').Trim().TrimEnd('#').Trim();
        var body = MarkdownBody.Read(lines.Length > 1 ? lines[1] : "");
        var paragraphs = body.Paragraphs.Count > 0 ? body.Paragraphs : [ArticleTitle.AsHeadline(title)];
        var text = string.Join('\n', paragraphs);
        return new ArticleDocument(
            SourcePath: file.Path,
            ContentHash: file.ContentHash,
            Format: ArticleFormat.Markdown,
            Encoding: encoding,
            Title: title,
            PublishedAt: PublicationLine.Find(text),
            Author: null,
            Outlet: null,
            SourceUrl: null,
            CleanText: text,
            SanitizedHtml: body.SanitizedHtml,
            Metadata: new Dictionary<string, object?>());
    }

    private static ArticleDocument ReadArticleFile(ArticleFile file, string encoding, ArticleLayout layout)
    {
        var frontMatter = layout.FrontMatterYaml is { } yaml ? FrontMatter.Parse(file.Path, yaml, layout.FrontMatterFirstLine) : FrontMatter.None;

        var body = layout.Format switch
        {
            ArticleFormat.FrontMatterHtml => HtmlBody.Read(layout.Body),
            ArticleFormat.FrontMatterMarkdown => MarkdownBody.Read(layout.Body),
            ArticleFormat.SpaceSegmentedText => PlainTextBody.ReadSegmented(layout.Body),
            _ => PlainTextBody.Read(layout.Body),
        };

        // Exported pages repeat the headline above the text; the title field already holds it. A page that is only
        // its headline (the text never loaded when it was saved) keeps the headline as its text, so that the
        // companies and partnership it names are tagged, stored and found by search.
        var title = frontMatter.GetText("title");
        var paragraphs = ArticleTitle.WithoutHeadline(body.Paragraphs, title);

        return new ArticleDocument(
            SourcePath: file.Path,
            ContentHash: file.ContentHash,
            Format: layout.Format,
            Encoding: encoding,
            Title: title ?? ArticleTitle.FromText(paragraphs, Path.GetFileNameWithoutExtension(file.Path)),
            PublishedAt: PublicationDate.Parse(frontMatter.GetText("date", "published", "published_at", "publish_date", "pubdate", "created"))
                ?? PublicationLine.Find(layout.Body),
            Author: frontMatter.GetText("author", "authors"),
            Outlet: frontMatter.GetText("source", "publisher", "site", "author"),
            SourceUrl: WebUrl(frontMatter.GetText("url", "link", "source_url", "original_url", "canonical_url")),
            CleanText: string.Join('\n', paragraphs),
            SanitizedHtml: body.SanitizedHtml,
            Metadata: frontMatter.Values);
    }

    private static string? WebUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps) ? value : null;
}
