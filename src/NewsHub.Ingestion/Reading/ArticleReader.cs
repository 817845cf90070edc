using NewsHub.Data.Entities;

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
        var frontMatter = layout.FrontMatterYaml is { } yaml ? FrontMatter.Parse(file.Path, yaml, layout.FrontMatterFirstLine) : FrontMatter.None;

        var body = layout.Format switch
        {
            ArticleFormat.FrontMatterHtml => HtmlBody.Read(layout.Body),
            ArticleFormat.FrontMatterMarkdown => MarkdownBody.Read(layout.Body),
            ArticleFormat.SpaceSegmentedText => PlainTextBody.ReadSegmented(layout.Body),
            _ => PlainTextBody.Read(layout.Body),
        };

        var paragraphs = body.Paragraphs;
        var title = frontMatter.GetText("title");
        if (title is not null)
        {
            // Exported pages repeat the headline above the text; the title field already holds it.
            var headline = ArticleTitle.AsHeadline(title);
            paragraphs = [.. paragraphs.Where(p => !string.Equals(p, headline, StringComparison.Ordinal))];

            // A page that is only its headline (the text never loaded when it was saved) has the headline as its
            // text, so that the companies and partnership it names are tagged, stored and found by search.
            if (paragraphs.Count == 0 && headline.Length > 0)
            {
                paragraphs = [headline];
            }
        }

        return new ArticleDocument(
            SourcePath: file.Path,
            ContentHash: file.ContentHash,
            Format: layout.Format,
            Encoding: decoded.EncodingName,
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
