namespace NewsHub.Web.Timelines;

/// <summary>Reader text made safe for SQL LIKE/ILIKE, where %, _ and the backslash would be wildcards or escapes.</summary>
internal static class LikePattern
{
    /// <summary>Matches exactly <paramref name="text"/> (with ILIKE: ignoring case).</summary>
    public static string Exactly(string text) =>
        text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal);

    /// <summary>Matches any text containing <paramref name="text"/>.</summary>
    public static string Containing(string text) => "%" + Exactly(text) + "%";
}
