using System.Collections.Concurrent;
using System.Collections.Frozen;
using System.Globalization;
using Microsoft.Extensions.Localization;
using NewsHub.Data.Entities;
using NewsHub.Web.Localization;

namespace NewsHub.Web.Timelines;

/// <summary>
/// The words every event card repeats (stage and role names, "N 篇报道", the date note), read from the
/// resources once per UI language: a timeline page of thirty cards otherwise made some three hundred
/// resource look-ups, each through the culture fall-back chain, for the same dozen strings.
/// </summary>
public sealed class EventText
{
    private static readonly ConcurrentDictionary<string, EventText> ByCulture = new(StringComparer.Ordinal);

    private readonly FrozenDictionary<PartnershipStage, string> stages;
    private readonly FrozenDictionary<CompanyRole, string> roles;
    private readonly string pairLabel;
    private readonly string asWritten;
    private readonly string reportCount;
    private readonly string reportCountOne;

    private EventText(IStringLocalizer text)
    {
        stages = QueryValues.Stages.ToFrozenDictionary(s => s, s => text["Stage." + QueryValues.Key(s)].Value);
        roles = QueryValues.Roles.ToFrozenDictionary(r => r, r => text["Role." + QueryValues.Key(r)].Value);
        pairLabel = text["Event.PairLabel"].Value;
        asWritten = text["Event.AsWritten"].Value;
        reportCount = text["Event.ReportCount"].Value;
        reportCountOne = text["Event.ReportCountOne"].Value;
        Planned = text["Event.Planned"].Value;
        DateFromPublished = text["Event.DateFromPublished"].Value;
        DateFromPublishedTitle = text["Event.DateFromPublishedTitle"].Value;
        ReportingArticles = text["Event.ReportingArticles"].Value;
        AllOfPair = text["Event.AllOfPair"].Value;
        Unreviewed = text["Company.Unreviewed"].Value;
        UnreviewedTitle = text["Company.UnreviewedTitle"].Value;
        IsEnglish = UiLanguage.IsEnglish;
    }

    /// <summary>The words in the current request's UI language.</summary>
    public static EventText For(IStringLocalizer<UiText> text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return ByCulture.GetOrAdd(CultureInfo.CurrentUICulture.Name, static (_, t) => new EventText(t), text);
    }

    /// <summary>True when these are the English words (company names then come in English too).</summary>
    public bool IsEnglish { get; }

    /// <summary>The badge for a partnership only planned.</summary>
    public string Planned { get; }

    /// <summary>The mark beside a company discovered in articles and not yet reviewed.</summary>
    public string Unreviewed { get; }

    /// <summary>What that mark means, for its title.</summary>
    public string UnreviewedTitle { get; }

    /// <summary>The note beside a date taken from the article's publication.</summary>
    public string DateFromPublished { get; }

    /// <summary>What that note means, for its title.</summary>
    public string DateFromPublishedTitle { get; }

    /// <summary>The label of a card's list of articles.</summary>
    public string ReportingArticles { get; }

    /// <summary>The link to every event of the pair.</summary>
    public string AllOfPair { get; }

    public string Stage(PartnershipStage stage) => stages[stage];

    public string Role(CompanyRole role) => roles[role];

    /// <summary>"大众与芯擎科技": the two companies of an event, for its link's label.</summary>
    public string PairLabel(string a, string b) => string.Format(CultureInfo.CurrentCulture, pairLabel, a, b);

    /// <summary>"文中作“德国大众”": the name the evidence used for a group.</summary>
    public string AsWritten(string name) => string.Format(CultureInfo.CurrentCulture, asWritten, name);

    /// <summary>"N 篇报道".</summary>
    public string ReportCount(int articles) =>
        articles == 1 ? reportCountOne : string.Format(CultureInfo.CurrentCulture, reportCount, articles);

    /// <summary>A company's name in this language: its first English name in English, when it has one.</summary>
    public string CompanyName(string canonicalName, IReadOnlyList<string>? englishNames) =>
        IsEnglish && englishNames is [var english, ..] ? english : canonicalName;
}
