namespace NewsHub.Web.Exports;

/// <summary>The addresses of the site's pages that exports link to, in one place.</summary>
public static class SiteLinks
{
    public static string Article(long id) => $"/Articles/{id}";

    public static string Event(long id) => $"/Events/{id}";

    /// <summary>A company's page, addressed by its canonical name as the site's own links are.</summary>
    public static string Company(string name) => $"/Companies/{Uri.EscapeDataString(name)}";

    /// <summary>The page of the events between two companies, by canonical name.</summary>
    public static string Pair(string a, string b) => $"/Pairs/{Uri.EscapeDataString(a)}/{Uri.EscapeDataString(b)}";

    public static string CompanyFeed(int id) => $"/feeds/companies/{id}.atom";

    public static string PairFeed(int a, int b) => $"/feeds/pairs/{Math.Min(a, b)}/{Math.Max(a, b)}.atom";
}
