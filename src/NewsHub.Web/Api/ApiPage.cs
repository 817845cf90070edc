namespace NewsHub.Web.Api;

/// <summary>One page of a list the API returns, with the total so a client can page through all of it.</summary>
/// <param name="Page">The page number, from 1.</param>
/// <param name="PageSize">Items per page.</param>
/// <param name="Total">Items on all pages together.</param>
/// <param name="Items">This page's items.</param>
/// <param name="Problems">Filter values that could not be used (ignored, or an unknown company, which matches nothing).</param>
public sealed record ApiPage<T>(int Page, int PageSize, int Total, IReadOnlyList<T> Items, IReadOnlyList<ApiProblem> Problems)
{
    public int PageCount => (Total + PageSize - 1) / PageSize;
}

/// <summary>A query-string value the API could not use, e.g. <c>{"field": "company", "value": "不存在"}</c>.</summary>
public sealed record ApiProblem(string Field, string Value);

/// <summary>The paging part of a request: <c>page</c> (from 1) and <c>pageSize</c> (1–100, default 20).</summary>
public sealed record Paging(int? Page, int? PageSize)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 100;

    public int Number => Math.Max(1, Page ?? 1);

    public int Size => Math.Clamp(PageSize ?? DefaultPageSize, 1, MaxPageSize);

    public int Skip => (Number - 1) * Size;

    /// <summary>
    /// A page number or size outside its bounds, reported as the filters are: the answer uses the nearest
    /// allowed value, and a client asking for 100,000 items should learn it got 100 a page.
    /// </summary>
    public IEnumerable<ApiProblem> Problems()
    {
        if (Page is < 1)
        {
            yield return new ApiProblem("page", Page.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            yield return new ApiProblem("pageSize", PageSize.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
        }
    }
}
