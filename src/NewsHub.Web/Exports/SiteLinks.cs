namespace NewsHub.Web.Exports;

/// <summary>The addresses of the site's pages that exports link to, in one place.</summary>
public static class SiteLinks
{
    public static string Article(long id) => $"/Articles/{id}";

    public static string Event(long id) => $"/Events/{id}";

    public static string Company(int id) => $"/Companies/{id}";

    /// <summary>The page of a pair; the smaller id first, as events store it.</summary>
    public static string Pair(int a, int b) => $"/Pairs/{Math.Min(a, b)}/{Math.Max(a, b)}";

    public static string CompanyFeed(int id) => $"/feeds/companies/{id}.atom";

    public static string PairFeed(int a, int b) => $"/feeds/pairs/{Math.Min(a, b)}/{Math.Max(a, b)}.atom";
}
