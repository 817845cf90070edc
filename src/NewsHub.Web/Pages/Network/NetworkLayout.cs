using System.Globalization;
using NewsHub.Data.Entities;

namespace NewsHub.Web.Pages.Network;

/// <summary>
/// Lays a partnership network out in two columns, deterministically: automotive companies (carmakers, battery
/// and parts makers, mobility and self-driving companies) on the left with their names to the left, tech
/// companies on the right with their names to the right. Every company has a row of its own, at least
/// <see cref="RowHeight"/> apart, so no two names can overlap however many there are, and the drawing keeps
/// its size (it scrolls on a narrow screen rather than shrinking its text). The rows are ordered to cross
/// fewer lines: each company moves towards the mean row of its partners (barycenter heuristic), in alternate
/// sweeps, and the order with fewest crossings, and then shortest bows within a column, is kept.
/// </summary>
public static class NetworkLayout
{
    /// <summary>The vertical room of one company: its name (13 px) and its largest dot fit with a gap.</summary>
    public const double RowHeight = 28;

    /// <summary>The size of the names, in SVG units (pixels: the drawing is shown at its own size).</summary>
    public const double FontSize = 13;

    /// <summary>The largest dot's radius: its diameter stays within a row, so neighbouring dots do not touch.</summary>
    public const double MaxNodeRadius = 11;

    private const double Margin = 12;
    private const double LabelGap = 6;

    /// <summary>The horizontal distance between the columns, room for the lines to fan out.</summary>
    private const double ColumnGap = 400;

    private const int Sweeps = 8;

    /// <summary>True for the roles drawn in the left column.</summary>
    public static bool IsAutomotive(CompanyRole role) => role.IsAutomotive();

    /// <summary>Places every company of <paramref name="companies"/>; <paramref name="edges"/> decide the order of the rows.</summary>
    public static NetworkDrawing Place(IReadOnlyList<NetworkCompany> companies, IReadOnlyList<NetworkEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(companies);
        ArgumentNullException.ThrowIfNull(edges);

        var busiestFirst = companies
            .OrderByDescending(c => c.EventCount).ThenBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id)
            .ToList();
        var left = busiestFirst.Where(c => IsAutomotive(c.Role)).ToList();
        var right = busiestFirst.Where(c => !IsAutomotive(c.Role)).ToList();
        (left, right) = OrderRows(left, right, edges);

        var rows = Math.Max(1, Math.Max(left.Count, right.Count));
        var height = (2 * Margin) + (rows * RowHeight);
        var leftLabels = left.Count == 0 ? 0 : left.Max(c => LabelWidth(c.Name));
        var leftX = Margin + leftLabels + LabelGap + MaxNodeRadius;
        var rightX = leftX + ColumnGap;
        var rightLabels = right.Count == 0 ? 0 : right.Max(c => LabelWidth(c.Name));
        var width = rightX + MaxNodeRadius + LabelGap + rightLabels + Margin;

        var placed = new List<PlacedCompany>(companies.Count);
        placed.AddRange(Column(left, leftX, rows, labelOnRight: false));
        placed.AddRange(Column(right, rightX, rows, labelOnRight: true));
        return new NetworkDrawing(Math.Ceiling(width), Math.Ceiling(height), placed);
    }

    /// <summary>
    /// The SVG path of an edge: a straight line between the columns, and a bow into the space between them
    /// for two companies of the same column (a carmaker and its battery maker), so that it does not run
    /// along the column through the dots and names between them.
    /// </summary>
    public static string PathOf(PlacedCompany a, PlacedCompany b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (a.LabelOnRight != b.LabelOnRight)
        {
            return Invariant($"M{a.X:0.#} {a.Y:0.#}L{b.X:0.#} {b.Y:0.#}");
        }

        // Left column bows right, right column bows left, further for rows further apart.
        // Bows spanning more rows reach further in, so that they spread over the middle rather than bundle by the column.
        var bow = Math.Min(ColumnGap * 0.8, 16 + (Math.Abs(a.Y - b.Y) * 0.6)) * (a.LabelOnRight ? -1 : 1);
        return Invariant($"M{a.X:0.#} {a.Y:0.#}Q{a.X + bow:0.#} {(a.Y + b.Y) / 2:0.#} {b.X:0.#} {b.Y:0.#}");
    }

    /// <summary>Where a company's name starts (right column) or ends (left column): beside the largest dot.</summary>
    public static double LabelX(PlacedCompany company)
    {
        ArgumentNullException.ThrowIfNull(company);
        return company.X + ((company.LabelOnRight ? 1 : -1) * (MaxNodeRadius + LabelGap));
    }

    /// <summary>The stroke width of an edge: one event is a hairline, many are a thick line, growing slowly.</summary>
    public static double EdgeWidth(int eventCount) => Math.Round(1 + (1.6 * Math.Log2(Math.Max(1, eventCount))), 1);

    /// <summary>The radius of a company's dot, by how many events it has in the range.</summary>
    public static double NodeRadius(int eventCount) => Math.Round(Math.Min(MaxNodeRadius, 4 + (1.5 * Math.Sqrt(Math.Max(0, eventCount)))), 1);

    /// <summary>
    /// How wide a name is drawn at <see cref="FontSize"/>, a little generously: Chinese characters are square,
    /// Latin letters about half as wide. The columns are placed so that the widest name fits.
    /// </summary>
    public static double LabelWidth(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        double ems = 0;
        foreach (var rune in name.EnumerateRunes())
        {
            ems += rune.Value >= 0x2E80 ? 1.0 : char.IsUpper((char)Math.Min(rune.Value, char.MaxValue)) ? 0.72 : 0.6;
        }

        return Math.Ceiling(ems * FontSize);
    }

    /// <summary>How many pairs of lines between the columns cross, for rows in the given order.</summary>
    public static int Crossings(IReadOnlyList<NetworkCompany> left, IReadOnlyList<NetworkCompany> right, IReadOnlyList<NetworkEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(left);
        ArgumentNullException.ThrowIfNull(right);
        ArgumentNullException.ThrowIfNull(edges);
        var leftRow = left.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var rightRow = right.Select((c, i) => (c.Id, i)).ToDictionary(x => x.Id, x => x.i);
        var between = Between(edges, leftRow, rightRow);
        var crossings = 0;
        for (var i = 0; i < between.Count; i++)
        {
            for (var j = i + 1; j < between.Count; j++)
            {
                if ((between[i].Left - between[j].Left) * (between[i].Right - between[j].Right) < 0)
                {
                    crossings++;
                }
            }
        }

        return crossings;
    }

    private static (List<NetworkCompany> Left, List<NetworkCompany> Right) OrderRows(
        List<NetworkCompany> left, List<NetworkCompany> right, IReadOnlyList<NetworkEdge> edges)
    {
        // Right first, towards the busiest-first left column; then sweep both ways.
        right = ByBarycenter(right, left, edges);
        var best = (Left: left, Right: right, Cost: Cost(left, right, edges));
        for (var sweep = 0; sweep < Sweeps; sweep++)
        {
            if (sweep % 2 == 0)
            {
                left = ByBarycenter(left, right, edges);
            }
            else
            {
                right = ByBarycenter(right, left, edges);
            }

            var cost = Cost(left, right, edges);
            if (cost < best.Cost)
            {
                best = (left, right, cost);
            }
        }

        return (best.Left, best.Right);
    }

    /// <summary>
    /// What an order costs: each crossing of two lines between the columns, and half a crossing for each row a bow
    /// within a column spans (a carmaker and its battery maker far apart make a long bow over the others).
    /// </summary>
    private static double Cost(List<NetworkCompany> left, List<NetworkCompany> right, IReadOnlyList<NetworkEdge> edges)
    {
        var row = left.Select((c, i) => (c.Id, Row: (double)i)).Concat(right.Select((c, i) => (c.Id, Row: (double)i + 100_000)))
            .ToDictionary(x => x.Id, x => x.Row);
        double spans = 0;
        foreach (var edge in edges)
        {
            if (row.TryGetValue(edge.CompanyAId, out var a) && row.TryGetValue(edge.CompanyBId, out var b) && Math.Abs(a - b) < 50_000)
            {
                spans += Math.Abs(a - b);
            }
        }

        return Crossings(left, right, edges) + (0.5 * spans);
    }

    /// <summary>
    /// <paramref name="column"/> reordered by the mean relative row of each company's partners, weighted by events: those in
    /// <paramref name="other"/> fully, those in the same column at half weight (to keep bows short); a company without
    /// partners keeps its own relative row. Ties keep the current order.
    /// </summary>
    private static List<NetworkCompany> ByBarycenter(List<NetworkCompany> column, List<NetworkCompany> other, IReadOnlyList<NetworkEdge> edges)
    {
        var otherRow = other.Select((c, i) => (c.Id, Row: Relative(i, other.Count))).ToDictionary(x => x.Id, x => x.Row);
        var ownRow = column.Select((c, i) => (c.Id, Row: Relative(i, column.Count))).ToDictionary(x => x.Id, x => x.Row);
        var sums = new Dictionary<int, (double Weighted, double Weight)>();
        foreach (var edge in edges)
        {
            Add(edge.CompanyAId, edge.CompanyBId, edge.EventCount);
            Add(edge.CompanyBId, edge.CompanyAId, edge.EventCount);
        }

        return [.. column
            .Select((c, i) => (Company: c, Index: i, Key: sums.TryGetValue(c.Id, out var s) ? s.Weighted / s.Weight : Relative(i, column.Count)))
            .OrderBy(x => x.Key).ThenBy(x => x.Index)
            .Select(x => x.Company)];

        void Add(int id, int partner, int events)
        {
            (double Row, double Weight) found = otherRow.TryGetValue(partner, out var across) ? (across, events)
                : ownRow.TryGetValue(partner, out var within) ? (within, events * 0.5)
                : (0, 0);
            var (row, weight) = found;
            if (weight > 0)
            {
                var current = sums.GetValueOrDefault(id);
                sums[id] = (current.Weighted + (row * weight), current.Weight + weight);
            }
        }
    }

    private static List<(int Left, int Right)> Between(IReadOnlyList<NetworkEdge> edges, Dictionary<int, int> leftRow, Dictionary<int, int> rightRow)
    {
        var between = new List<(int Left, int Right)>();
        foreach (var edge in edges)
        {
            if (leftRow.TryGetValue(edge.CompanyAId, out var l) && rightRow.TryGetValue(edge.CompanyBId, out var r))
            {
                between.Add((l, r));
            }
            else if (leftRow.TryGetValue(edge.CompanyBId, out l) && rightRow.TryGetValue(edge.CompanyAId, out r))
            {
                between.Add((l, r));
            }
        }

        return between;
    }

    /// <summary>Row <paramref name="index"/> of <paramref name="count"/> as a fraction of the column's height, at the row's middle.</summary>
    private static double Relative(int index, int count) => (index + 0.5) / Math.Max(1, count);

    /// <summary>A column spread over the height of <paramref name="rows"/> rows: a shorter column's rows are further apart.</summary>
    private static IEnumerable<PlacedCompany> Column(List<NetworkCompany> column, double x, int rows, bool labelOnRight)
    {
        var spacing = rows * RowHeight / Math.Max(1, column.Count);
        return column.Select((c, i) => new PlacedCompany(c, x, Math.Round(Margin + (spacing * (i + 0.5)), 1), labelOnRight));
    }

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}

/// <summary>A laid-out network: its size in pixels and its companies with their places.</summary>
public sealed record NetworkDrawing(double Width, double Height, IReadOnlyList<PlacedCompany> Companies);

/// <summary>A company in the network and how many events it has in the year range.</summary>
public sealed record NetworkCompany(int Id, string Name, CompanyRole Role, int EventCount)
{
    /// <summary>True for a company discovered in articles that no admin reviewed yet.</summary>
    public bool Unreviewed { get; init; }
}

/// <summary>All events of one pair in the year range; the first and latest dates at the precision they are known.</summary>
public sealed record NetworkEdge(int CompanyAId, int CompanyBId, int EventCount, int ArticleCount, PartialDate? FirstDate, PartialDate? LastDate);

/// <summary>A company with its place on the drawing and the side its name goes: outward from the middle.</summary>
public sealed record PlacedCompany(NetworkCompany Company, double X, double Y, bool LabelOnRight);
