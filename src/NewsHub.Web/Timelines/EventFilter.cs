using Microsoft.AspNetCore.Mvc;

namespace NewsHub.Web.Timelines;

/// <summary>
/// What a reader asked to see of the partnership events, exactly as the query string gives it, so that
/// every view can be bookmarked: <c>?company=北汽&amp;partner=华为&amp;role=tech&amp;stage=agreement&amp;from=2015-01&amp;to=2016-12&amp;q=智能座舱</c>.
/// Values stay text here and are checked by <see cref="EventCriteria.ResolveAsync"/>, which reports what it
/// could not use instead of failing the request. Bind it with <c>[BindProperty(SupportsGet = true)]</c> on a
/// page or <c>[AsParameters]</c> on a minimal API endpoint.
/// </summary>
public sealed record EventFilter
{
    /// <summary>A company by canonical name, alias, English name or id; brands fold into their group.</summary>
    [FromQuery(Name = "company")]
    public string? Company { get; init; }

    /// <summary>With <see cref="Company"/>, narrows to the events between the two groups (a pair).</summary>
    [FromQuery(Name = "partner")]
    public string? Partner { get; init; }

    /// <summary>
    /// carmaker, battery, parts, mobility, tech or other: the role of the partner when one company is chosen,
    /// otherwise of either side.
    /// </summary>
    [FromQuery(Name = "role")]
    public string? Role { get; init; }

    /// <summary>talks, agreement, joint-venture, investment or supply.</summary>
    [FromQuery(Name = "stage")]
    public string? Stage { get; init; }

    /// <summary>First month of the range, <c>yyyy-MM</c> (or a bare year: its January).</summary>
    [FromQuery(Name = "from")]
    public string? From { get; init; }

    /// <summary>Last month of the range, inclusive, <c>yyyy-MM</c> (or a bare year: its December).</summary>
    [FromQuery(Name = "to")]
    public string? To { get; init; }

    /// <summary>Free text found in an evidence sentence, an article title or a company name.</summary>
    [FromQuery(Name = "q")]
    public string? Text { get; init; }

    /// <summary>True when nothing narrows the events.</summary>
    public bool IsEmpty =>
        string.IsNullOrWhiteSpace(Company) && string.IsNullOrWhiteSpace(Partner) && string.IsNullOrWhiteSpace(Role)
        && string.IsNullOrWhiteSpace(Stage) && string.IsNullOrWhiteSpace(From) && string.IsNullOrWhiteSpace(To)
        && string.IsNullOrWhiteSpace(Text);

    /// <summary>The filter as query-string pairs, empty values left out, in a stable order for links.</summary>
    public IEnumerable<KeyValuePair<string, string?>> ToQuery()
    {
        foreach (var (key, value) in new[]
        {
            ("company", Company), ("partner", Partner), ("role", Role), ("stage", Stage), ("from", From), ("to", To), ("q", Text),
        })
        {
            if (!string.IsNullOrWhiteSpace(value))
            {
                yield return new(key, value.Trim());
            }
        }
    }

    /// <summary>The query string for this filter, with extra pairs (e.g. a page number) appended; empty when there is nothing to say.</summary>
    public QueryString ToQueryString(params KeyValuePair<string, string?>[] extra) =>
        QueryString.Create(ToQuery().Concat(extra.Where(pair => !string.IsNullOrEmpty(pair.Value))));
}
