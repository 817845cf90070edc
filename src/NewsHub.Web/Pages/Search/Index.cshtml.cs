using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsHub.Data;
using NewsHub.Web.Search;

namespace NewsHub.Web.Pages.Search;

/// <summary>Full-text search over the articles, twenty hits a page, with highlighted snippets.</summary>
public class IndexModel(NewsHubDbContext db) : PageModel
{
    public const int PageSize = 20;

    /// <summary>What the reader typed (query string <c>q</c>).</summary>
    [BindProperty(SupportsGet = true, Name = "q")]
    public string? Query { get; set; }

    /// <summary>The page of hits shown, from 1.</summary>
    public int PageNumber { get; private set; } = 1;

    public ArticleSearchResult? Result { get; private set; }

    // The page number is read from the query string alone: Razor Pages keeps its own "page" route
    // value (the page's path), which a bound property named "page" would try, and fail, to read.
    public async Task OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken cancellationToken)
    {
        PageNumber = Math.Max(1, page ?? 1);
        if (!string.IsNullOrWhiteSpace(Query))
        {
            // A word in thousands of articles gets an estimated total ("about 13,000"): counting them all cost as much as the page.
            Result = await ArticleSearchQuery.RunAsync(db, Query.Trim(), PageNumber, PageSize, estimateLargeTotals: true, cancellationToken: cancellationToken);
        }
    }
}
