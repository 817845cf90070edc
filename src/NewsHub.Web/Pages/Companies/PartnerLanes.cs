using NewsHub.Data.Entities;
using NewsHub.Web.Timelines;

namespace NewsHub.Web.Pages.Companies;

/// <summary>
/// A company's partners over time: one lane per partner, one cell per year, each cell counting the
/// events of that year and coloured by the furthest stage reached. Also the events per year over all
/// partners. Built from per-(partner, year, stage) counts, so the database does the counting.
/// </summary>
public sealed class PartnerLanes
{
    // How far a stage goes: a cell shows the furthest stage among its events.
    private static readonly PartnershipStage[] Reach =
        [PartnershipStage.Talks, PartnershipStage.Agreement, PartnershipStage.Supply, PartnershipStage.Investment, PartnershipStage.JointVenture];

    private PartnerLanes(IReadOnlyList<int> years, bool hasUndated, IReadOnlyList<Lane> lanes, IReadOnlyList<YearCount> perYear)
    {
        Years = years;
        HasUndated = hasUndated;
        Lanes = lanes;
        PerYear = perYear;
    }

    /// <summary>Every year from the first event to the last, gaps included, oldest first.</summary>
    public IReadOnlyList<int> Years { get; }

    /// <summary>True when some events have no date: they get a column of their own.</summary>
    public bool HasUndated { get; }

    /// <summary>Partners, the one with most events first.</summary>
    public IReadOnlyList<Lane> Lanes { get; }

    /// <summary>Events per year over all partners, newest first; undated last.</summary>
    public IReadOnlyList<YearCount> PerYear { get; }

    /// <summary>The largest yearly count, to scale the bars.</summary>
    public int MaxPerYear => PerYear.Count == 0 ? 0 : PerYear.Max(y => y.Count);

    public int TotalEvents => PerYear.Sum(y => y.Count);

    public static PartnerLanes Build(IEnumerable<Cell> cells)
    {
        ArgumentNullException.ThrowIfNull(cells);
        var all = cells.ToList();
        var dated = all.Where(c => c.Year is not null).Select(c => c.Year!.Value).ToList();
        IReadOnlyList<int> years = dated.Count == 0 ? [] : [.. Enumerable.Range(dated.Min(), dated.Max() - dated.Min() + 1)];

        var lanes = all
            .GroupBy(c => c.Partner.Id)
            .Select(byPartner => new Lane(
                byPartner.First().Partner,
                byPartner.Sum(c => c.Count),
                byPartner.GroupBy(c => c.Year).ToDictionary(
                    byYear => byYear.Key ?? 0,
                    byYear => new LaneCell(
                        byYear.Key,
                        byYear.Sum(c => c.Count),
                        byYear.Select(c => c.Stage).MaxBy(s => Array.IndexOf(Reach, s)),
                        [.. byYear.OrderBy(c => Array.IndexOf(Reach, c.Stage)).Select(c => (c.Stage, c.Count))]))))
            .OrderByDescending(l => l.Total).ThenBy(l => l.Partner.Name, StringComparer.Ordinal)
            .ToList();

        var perYear = all
            .GroupBy(c => c.Year)
            .Select(g => new YearCount(g.Key, g.Sum(c => c.Count)))
            .OrderBy(y => y.Year is null).ThenByDescending(y => y.Year)
            .ToList();

        return new PartnerLanes(years, all.Any(c => c.Year is null), lanes, perYear);
    }

    /// <summary>How many events with one partner, in one year, at one stage.</summary>
    public sealed record Cell(CompanyGroup Partner, int? Year, PartnershipStage Stage, int Count);

    /// <summary>One partner's lane.</summary>
    /// <param name="Partner">The partner group.</param>
    /// <param name="Total">Its events with the company.</param>
    /// <param name="ByYear">Cells by year (0 for undated).</param>
    public sealed record Lane(CompanyGroup Partner, int Total, IReadOnlyDictionary<int, LaneCell> ByYear)
    {
        public LaneCell? In(int? year) => ByYear.GetValueOrDefault(year ?? 0);
    }

    /// <summary>The events of a lane in one year.</summary>
    /// <param name="Year">The year, null for undated.</param>
    /// <param name="Count">How many.</param>
    /// <param name="Furthest">The furthest stage among them, for the colour.</param>
    /// <param name="Stages">Counts by stage, in stage order.</param>
    public sealed record LaneCell(int? Year, int Count, PartnershipStage Furthest, IReadOnlyList<(PartnershipStage Stage, int Count)> Stages);

    public sealed record YearCount(int? Year, int Count);
}
