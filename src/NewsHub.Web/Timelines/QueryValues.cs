using System.Buffers;
using System.Diagnostics.CodeAnalysis;
using NewsHub.Data.Entities;

namespace NewsHub.Web.Timelines;

/// <summary>
/// How stages and roles are written in query strings and API output: lower-case words
/// (<c>joint-venture</c>, <c>carmaker</c>), stable even if the enum members are renamed.
/// </summary>
public static class QueryValues
{
    private static readonly SearchValues<char> ControlCharacters =
        SearchValues.Create([.. Enumerable.Range(0, 0xA0).Select(c => (char)c).Where(char.IsControl)]);

    private static readonly Dictionary<PartnershipStage, string> StageKeys = new()
    {
        [PartnershipStage.Talks] = "talks",
        [PartnershipStage.Agreement] = "agreement",
        [PartnershipStage.JointVenture] = "joint-venture",
        [PartnershipStage.Investment] = "investment",
        [PartnershipStage.Supply] = "supply",
    };

    private static readonly Dictionary<CompanyRole, string> RoleKeys = new()
    {
        [CompanyRole.Carmaker] = "carmaker",
        [CompanyRole.Battery] = "battery",
        [CompanyRole.Parts] = "parts",
        [CompanyRole.Mobility] = "mobility",
        [CompanyRole.Tech] = "tech",
        [CompanyRole.Other] = "other",
    };

    /// <summary>Every stage, in the order a partnership usually goes through them.</summary>
    public static IReadOnlyList<PartnershipStage> Stages { get; } =
        [PartnershipStage.Talks, PartnershipStage.Agreement, PartnershipStage.Supply, PartnershipStage.Investment, PartnershipStage.JointVenture];

    /// <summary>The roles a reader filters by.</summary>
    public static IReadOnlyList<CompanyRole> Roles { get; } =
        [CompanyRole.Carmaker, CompanyRole.Battery, CompanyRole.Parts, CompanyRole.Mobility, CompanyRole.Tech, CompanyRole.Other];

    public static string Key(PartnershipStage stage) => StageKeys[stage];

    public static string Key(CompanyRole role) => RoleKeys[role];

    /// <summary>Reads <c>joint-venture</c>, <c>JointVenture</c> or <c>jointventure</c>; never a number.</summary>
    public static bool TryParseStage([NotNullWhen(true)] string? text, out PartnershipStage stage) => TryParse(text, StageKeys, out stage);

    /// <summary>Reads <c>carmaker</c> or <c>Carmaker</c>; never a number.</summary>
    public static bool TryParseRole([NotNullWhen(true)] string? text, out CompanyRole role) => TryParse(text, RoleKeys, out role);

    /// <summary>True when <paramref name="text"/> holds a control character (NUL, other C0 and C1 codes, DEL).</summary>
    public static bool HasControlCharacters(string? text) => text is not null && text.AsSpan().IndexOfAny(ControlCharacters) >= 0;

    /// <summary>
    /// <paramref name="text"/> with each control character as a space: never meant in a query value, refused by PostgreSQL
    /// (a NUL in a string) and invisible on a page; a tab or line break between words stays a break between them.
    /// </summary>
    public static string WithoutControlCharacters(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!HasControlCharacters(text))
        {
            return text;
        }

        return string.Create(text.Length, text, static (span, source) =>
        {
            for (var i = 0; i < source.Length; i++)
            {
                span[i] = char.IsControl(source[i]) ? ' ' : source[i];
            }
        });
    }

    private static bool TryParse<T>(string? text, Dictionary<T, string> keys, out T value)
        where T : struct, Enum
    {
        value = default;
        if (string.IsNullOrWhiteSpace(text))
        {
            return false;
        }

        var wanted = text.Trim().Replace("-", "", StringComparison.Ordinal).Replace("_", "", StringComparison.Ordinal);
        foreach (var (member, key) in keys)
        {
            if (string.Equals(key.Replace("-", "", StringComparison.Ordinal), wanted, StringComparison.OrdinalIgnoreCase))
            {
                value = member;
                return true;
            }
        }

        return false;
    }
}
