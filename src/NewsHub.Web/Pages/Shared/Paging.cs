// In the Pages namespace: "Shared" is a keyword in VB, and every page uses these.
namespace NewsHub.Web.Pages;

/// <summary>
/// One page of a list: which page, how big, how many rows in all. Pages ask for <see cref="Skip"/> and
/// <see cref="Take"/> rows and hand it to the <c>_Pager</c> partial. A page number past the end is
/// clamped to the last page, so an old bookmark still shows something.
/// </summary>
public sealed record Paging
{
    private Paging(int number, int size, int total)
    {
        Size = size;
        Total = total;
        PageCount = Math.Max(1, (int)Math.Ceiling(total / (double)size));
        Number = Math.Clamp(number, 1, PageCount);
    }

    /// <summary>The page shown, from 1.</summary>
    public int Number { get; }

    /// <summary>Rows per page.</summary>
    public int Size { get; }

    /// <summary>Rows in all pages.</summary>
    public int Total { get; }

    public int PageCount { get; }

    public int Skip => (Number - 1) * Size;

    public int Take => Size;

    public bool HasPrevious => Number > 1;

    public bool HasNext => Number < PageCount;

    /// <summary>The position of the first row of the page, from 1 (for <c>&lt;ol start&gt;</c>).</summary>
    public int FirstRow => Skip + 1;

    /// <summary>Page <paramref name="number"/> (null or below 1: the first) of <paramref name="total"/> rows, <paramref name="size"/> a page.</summary>
    public static Paging Of(int? number, int size, int total)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(size, 1);
        ArgumentOutOfRangeException.ThrowIfNegative(total);
        return new Paging(number ?? 1, size, total);
    }
}

/// <summary>What the <c>_Pager</c> partial needs: the paging and how to link to another page.</summary>
/// <param name="Paging">The current page.</param>
/// <param name="UrlFor">The address of a page number.</param>
/// <param name="Label">The accessible name of the pager's navigation landmark.</param>
public sealed record PagerModel(Paging Paging, Func<int, string> UrlFor, string Label);
