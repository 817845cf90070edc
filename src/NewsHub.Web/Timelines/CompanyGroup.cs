using NewsHub.Data.Entities;

namespace NewsHub.Web.Timelines;

/// <summary>A company group as pages show it: the unit partnerships are kept by.</summary>
/// <param name="Id">The group's id.</param>
/// <param name="Name">Its canonical Chinese name.</param>
/// <param name="EnglishNames">Its English names, the first being the usual one.</param>
/// <param name="Role">What the group does.</param>
/// <param name="FoldedFrom">The brand or unit the reader named when it is not the group itself (极氪 for 吉利), else null.</param>
public sealed record CompanyGroup(int Id, string Name, IReadOnlyList<string> EnglishNames, CompanyRole Role, string? FoldedFrom = null)
{
    /// <summary>True when the group was discovered in articles and no admin reviewed it yet: shown marked.</summary>
    public bool Unreviewed { get; init; }
}
