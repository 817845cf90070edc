namespace NewsHub.Ingestion.Reading;

/// <summary>Why a file could not be read as an article.</summary>
public enum ReadFailure
{
    /// <summary>The file could not be opened or read (missing, no permission, I/O error).</summary>
    Unreadable,

    /// <summary>The file is larger than <see cref="ArticleReaderOptions.MaxFileBytes"/>.</summary>
    TooLarge,

    /// <summary>The file holds no text at all.</summary>
    Empty,

    /// <summary>The bytes are not text (NUL bytes or control characters).</summary>
    Binary,

    /// <summary>The bytes are neither UTF-8 nor GB18030.</summary>
    UnknownEncoding,

    /// <summary>A front matter block is opened with <c>---</c> and never closed.</summary>
    UnclosedFrontMatter,

    /// <summary>The front matter is not valid YAML, or not a mapping of keys to values.</summary>
    InvalidFrontMatter,

    /// <summary>The file is an XML document other than a web page, such as a feed or a sitemap a crawler saved beside the articles.</summary>
    NotAnArticle,
}
