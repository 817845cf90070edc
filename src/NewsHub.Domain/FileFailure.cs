using System.Text.RegularExpressions;

namespace NewsHub.Domain;

/// <summary>The kinds of reason a file fails to import, so that pages can say them in the reader's language.</summary>
public enum FileFailureKind
{
    /// <summary>A reason stored before kinds were recorded, or one without a kind: shown as written.</summary>
    Other,

    Unreadable,
    TooLarge,
    Empty,
    Binary,
    UnknownEncoding,
    UnclosedFrontMatter,
    InvalidFrontMatter,

    /// <summary>A symbolic link leads outside the import roots.</summary>
    OutsideImportRoots,

    AnalysisFailed,
    StoreFailed,

    /// <summary>A feed item whose content, or linked page, could not be read.</summary>
    FeedItemUnreadable,
}

/// <summary>
/// Why one file failed: its kind, and the technical detail (a YAML error, a size) without the file's
/// path, which the report shows beside it once. Stored in <c>ImportFileOutcome.Error</c> as
/// <c>[Kind] detail</c>, a text column kept rather than a new one so that older reports still read.
/// </summary>
public sealed partial record FileFailure(FileFailureKind Kind, string? Detail)
{
    /// <summary>The form kept in <c>import_file_outcomes.error</c>.</summary>
    public string ToStored() => string.IsNullOrEmpty(Detail) ? $"[{Kind}]" : $"[{Kind}] {Detail}";

    /// <summary>Reads a stored reason; free text from before kinds were stored comes back as <see cref="FileFailureKind.Other"/>.</summary>
    public static FileFailure Parse(string stored)
    {
        ArgumentNullException.ThrowIfNull(stored);
        var match = StoredForm().Match(stored);
        return match.Success && Enum.TryParse<FileFailureKind>(match.Groups["kind"].Value, out var kind) && Enum.IsDefined(kind)
            ? new FileFailure(kind, match.Groups["detail"].Value is { Length: > 0 } detail ? detail : null)
            : new FileFailure(FileFailureKind.Other, stored);
    }

    [GeneratedRegex(@"^\[(?<kind>[A-Za-z]+)\](?: (?<detail>.*))?$", RegexOptions.Singleline | RegexOptions.CultureInvariant)]
    private static partial Regex StoredForm();
}
