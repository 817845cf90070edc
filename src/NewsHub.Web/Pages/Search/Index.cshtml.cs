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

    [BindProperty(SupportsGet = true, Name = "page")]
    public int PageNumber { get; set; } = 1;

    public ArticleSearchResult? Result { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        if (!string.IsNullOrWhiteSpace(Query))
        {
            Result = await ArticleSearchQuery.RunAsync(db, Query.Trim(), PageNumber, PageSize, cancellationToken: cancellationToken);
        }
    }
}
