using NewsHub.Data.Entities;

namespace NewsHub.Web.Pages.Network;

/// <summary>
/// Places a partnership network on two rings, deterministically: automotive companies (carmakers, battery
/// and parts makers, mobility companies) evenly on the inner ring, busiest first, and tech companies on the
/// outer ring, each near the partners it has there, so that edges stay short and cross less.
/// </summary>
public static class NetworkLayout
{
    public const double Size = 760;
    private const double Center = Size / 2;
    private const double InnerRadius = 175;
    private const double OuterRadius = 305;

    /// <summary>True for the roles drawn on the inner ring.</summary>
    public static bool IsAutomotive(CompanyRole role) => role.IsAutomotive();

    /// <summary>Positions every company of <paramref name="companies"/> that takes part in an edge.</summary>
    public static IReadOnlyList<PlacedCompany> Place(IReadOnlyList<NetworkCompany> companies, IReadOnlyList<NetworkEdge> edges)
    {
        ArgumentNullException.ThrowIfNull(companies);
        ArgumentNullException.ThrowIfNull(edges);

        var inner = companies.Where(c => IsAutomotive(c.Role))
            .OrderByDescending(c => c.EventCount).ThenBy(c => c.Name, StringComparer.Ordinal).ThenBy(c => c.Id)
            .ToList();
        var angles = new Dictionary<int, double>();
        for (var i = 0; i < inner.Count; i++)
        {
            angles[inner[i].Id] = Angle(i, inner.Count);
        }

        // Each outer company goes where the weighted mean direction of its inner partners points; with
        // no partner inside it keeps its place in name order. Then they are spread evenly in that order.
        var outer = companies.Where(c => !IsAutomotive(c.Role))
            .Select((c, index) => (Company: c, Direction: MeanDirection(c.Id, edges, angles) ?? Angle(index, Math.Max(1, companies.Count))))
            .OrderBy(c => c.Direction).ThenBy(c => c.Company.Name, StringComparer.Ordinal).ThenBy(c => c.Company.Id)
            .Select(c => c.Company)
            .ToList();
        var outerOffset = outer.Count > 0 && inner.Count > 0 ? Math.PI / Math.Max(outer.Count, 1) : 0;

        var placed = new List<PlacedCompany>(companies.Count);
        placed.AddRange(inner.Select((c, i) => At(c, Angle(i, inner.Count), InnerRadius)));
        placed.AddRange(outer.Select((c, i) => At(c, Angle(i, outer.Count) + outerOffset, OuterRadius)));
        return placed;
    }

    /// <summary>The stroke width of an edge: one event is a hairline, many are a thick line, growing slowly.</summary>
    public static double EdgeWidth(int eventCount) => Math.Round(1 + (2.2 * Math.Log2(Math.Max(1, eventCount))), 1);

    /// <summary>The radius of a company's dot, by how many events it has in the range.</summary>
    public static double NodeRadius(int eventCount) => Math.Round(Math.Min(16, 4 + (2 * Math.Sqrt(Math.Max(0, eventCount)))), 1);

    private static double Angle(int index, int count) => count == 0 ? 0 : (-Math.PI / 2) + (2 * Math.PI * index / count);

    private static double? MeanDirection(int companyId, IReadOnlyList<NetworkEdge> edges, Dictionary<int, double> innerAngles)
    {
        double x = 0, y = 0;
        foreach (var edge in edges)
        {
            var other = edge.CompanyAId == companyId ? edge.CompanyBId : edge.CompanyBId == companyId ? edge.CompanyAId : (int?)null;
            if (other is { } partner && innerAngles.TryGetValue(partner, out var angle))
            {
                x += edge.EventCount * Math.Cos(angle);
                y += edge.EventCount * Math.Sin(angle);
            }
        }

        if (x == 0 && y == 0)
        {
            return null;
        }

        // Measured from the top, clockwise, like Angle, so both rings start at twelve o'clock.
        var direction = Math.Atan2(y, x);
        return direction < -Math.PI / 2 ? direction + (2 * Math.PI) : direction;
    }

    private static PlacedCompany At(NetworkCompany company, double angle, double radius) =>
        new(company, Math.Round(Center + (radius * Math.Cos(angle)), 1), Math.Round(Center + (radius * Math.Sin(angle)), 1), angle);
}

/// <summary>A company in the network and how many events it has in the year range.</summary>
public sealed record NetworkCompany(int Id, string Name, CompanyRole Role, int EventCount);

/// <summary>All events of one pair in the year range; the first and latest dates at the precision they are known.</summary>
public sealed record NetworkEdge(int CompanyAId, int CompanyBId, int EventCount, int ArticleCount, PartialDate? FirstDate, PartialDate? LastDate);

/// <summary>A company with its place on the drawing; <see cref="Angle"/> decides which side its label goes.</summary>
public sealed record PlacedCompany(NetworkCompany Company, double X, double Y, double Angle)
{
    /// <summary>Labels go outward: to the right of dots on the right half, to the left on the left half.</summary>
    public bool LabelOnRight => Math.Cos(Angle) >= -1e-9;
}
