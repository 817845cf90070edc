namespace NewsHub.Pipeline.Retagging;

/// <summary>A company mention as a row of <c>article_company_mentions</c> holds it, without its ids.</summary>
internal sealed record StoredMention(int CompanyId, int GroupId, string AsWritten, int Start, int Length)
{
    /// <summary>Whether two lists hold the same mentions, in any order.</summary>
    public static bool SameSet(IReadOnlyCollection<StoredMention> a, IReadOnlyCollection<StoredMention> b) =>
        a.Count == b.Count && a.Order(Ordering.Instance).SequenceEqual(b.Order(Ordering.Instance));

    private sealed class Ordering : IComparer<StoredMention>
    {
        public static readonly Ordering Instance = new();

        public int Compare(StoredMention? x, StoredMention? y)
        {
            if (ReferenceEquals(x, y))
            {
                return 0;
            }

            if (x is null || y is null)
            {
                return x is null ? -1 : 1;
            }

            var byStart = x.Start.CompareTo(y.Start);
            if (byStart != 0)
            {
                return byStart;
            }

            var byLength = x.Length.CompareTo(y.Length);
            return byLength != 0 ? byLength : x.CompanyId.CompareTo(y.CompanyId);
        }
    }
}
