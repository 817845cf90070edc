using Microsoft.Extensions.Localization;
using NewsHub.Data.Entities;
using NewsHub.Web.Localization;

namespace NewsHub.Web.Admin;

/// <summary>
/// A failed file's reason as the report shows it: the kind in the reader's language (Chinese first,
/// English under <c>?lang=en</c>), and the technical detail apart. The path is not repeated: the
/// report's first column shows it.
/// </summary>
public static class FailureText
{
    /// <summary>The reason in words, and the detail (a YAML error, a size) when there is one.</summary>
    public static (string Reason, string? Detail) Describe(IStringLocalizer<UiText> text, string stored, string path)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(stored);
        var failure = FileFailure.Parse(stored);
        if (failure.Kind == FileFailureKind.Other)
        {
            // Reasons stored before kinds were named start with the full path, which the row already shows.
            return (WithoutPath(failure.Detail ?? "", path), null);
        }

        // These kinds' details only say again, in English, what the kind says: the words alone are kinder.
        var detail = failure.Kind is FileFailureKind.Empty or FileFailureKind.Binary or FileFailureKind.UnknownEncoding ? null : failure.Detail;
        return (text[$"Admin.Failure.{failure.Kind}"], detail);
    }

    /// <summary>The kinds whose words, in the reader's language, contain <paramref name="term"/>: searching the report by reason.</summary>
    public static IReadOnlyList<FileFailureKind> KindsMatching(IStringLocalizer<UiText> text, string term)
    {
        ArgumentNullException.ThrowIfNull(text);
        return [.. Enum.GetValues<FileFailureKind>()
            .Where(kind => kind != FileFailureKind.Other && text[$"Admin.Failure.{kind}"].Value.Contains(term, StringComparison.OrdinalIgnoreCase))];
    }

    private static string WithoutPath(string reason, string path) =>
        reason.StartsWith(path + ": ", StringComparison.Ordinal) ? reason[(path.Length + 2)..] : reason;
}
