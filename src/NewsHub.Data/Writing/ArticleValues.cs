namespace NewsHub.Data.Writing;

/// <summary>Fits imported values to the article columns' limits, so that an odd file never fails its write.</summary>
internal static class ArticleValues
{
    /// <summary>The longest URL kept; a longer one is not a link anybody can follow anyway.</summary>
    public const int MaxUrlLength = 4000;

    public static string Bounded(string text, int maxLength) => text.Length <= maxLength ? text : text[..maxLength];

    public static string? BoundedOrNull(string? text, int maxLength) => text is null ? null : Bounded(text, maxLength);

    public static string? UrlOrNull(string? url) => url is { Length: <= MaxUrlLength } ? url : null;
}
