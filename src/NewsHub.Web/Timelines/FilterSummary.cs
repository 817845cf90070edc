using Microsoft.Extensions.Localization;
using NewsHub.Web.Localization;

namespace NewsHub.Web.Timelines;

/// <summary>One condition in force, and the filter without it (for a "remove" link).</summary>
/// <param name="Field">Which condition: company, partner, role, stage, range or q.</param>
/// <param name="Label">What it is (公司, 阶段 …).</param>
/// <param name="Value">Its value in words.</param>
/// <param name="Without">The same filter without this condition.</param>
public sealed record FilterChip(string Field, string Label, string Value, EventFilter Without);

/// <summary>A link that shows more events than the current filter.</summary>
public sealed record WiderView(string Text, EventFilter Filter);

/// <summary>
/// The filters of a timeline in words, in the reader's language: the conditions in force, why a result is
/// empty ("2015年1月至2016年12月间没有北汽的合作事件") and how to widen it.
/// </summary>
public sealed class FilterSummary(EventCriteria criteria, IStringLocalizer<UiText> text)
{
    public EventCriteria Criteria => criteria;

    /// <summary>The conditions that narrow the timeline, each with a way to drop it.</summary>
    public IReadOnlyList<FilterChip> Chips()
    {
        var chips = new List<FilterChip>();
        if (criteria.Company is { } company)
        {
            chips.Add(new FilterChip("company", text["Filter.Company"], CompanyText(company), criteria.Without("company")));
        }

        if (criteria.Partner is { } partner)
        {
            chips.Add(new FilterChip("partner", text["Filter.Partner"], CompanyText(partner), criteria.Without("partner")));
        }

        if (criteria.Role is { } role)
        {
            chips.Add(new FilterChip("role", text["Filter.Role"], text["Role." + QueryValues.Key(role)], criteria.Without("role")));
        }

        if (criteria.Stage is { } stage)
        {
            chips.Add(new FilterChip("stage", text["Filter.Stage"], text["Stage." + QueryValues.Key(stage)], criteria.Without("stage")));
        }

        if (RangeText() is { } range)
        {
            chips.Add(new FilterChip("range", text["Filter.Range"], range, criteria.Without("range")));
        }

        if (criteria.Text is { } words)
        {
            chips.Add(new FilterChip("q", text["Filter.Text"], text["Filter.Quoted", words], criteria.Without("q")));
        }

        return chips;
    }

    /// <summary>Why nothing matched, as one sentence.</summary>
    public string EmptySentence()
    {
        if (criteria.Filter.IsEmpty)
        {
            return text["Empty.NothingYet"];
        }

        var range = (criteria.From, criteria.To) switch
        {
            ({ } from, { } to) => text["Empty.RangeBoth", Month(from), Month(to)].Value,
            ({ } from, null) => text["Empty.RangeFrom", Month(from)].Value,
            (null, { } to) => text["Empty.RangeTo", Month(to)].Value,
            _ => "",
        };
        var subject = (criteria.Company, criteria.Partner) switch
        {
            ({ } a, { } b) => text["Empty.SubjectPair", Name(a), Name(b)].Value,
            ({ } a, null) => text["Empty.SubjectCompany", Name(a)].Value,
            _ => "",
        };

        var sentence = Collapse(text["Empty.Sentence", range, subject]);
        var conditions = Chips()
            .Where(c => c.Field is not ("company" or "partner" or "range"))
            .Select(c => text["Empty.Condition", c.Label, c.Value].Value)
            .ToList();
        return conditions.Count == 0
            ? sentence
            : sentence + text["Empty.Conditions", string.Join(text["Empty.ConditionSeparator"], conditions)];
    }

    /// <summary>Links that show more: the range a year wider on each side, all time, or without each other condition.</summary>
    public IReadOnlyList<WiderView> WiderViews()
    {
        var views = new List<WiderView>();
        if (criteria.From is not null || criteria.To is not null)
        {
            views.Add(new WiderView(text["Widen.YearEachSide"], criteria.Filter with
            {
                From = criteria.From?.AddMonths(-12).ToString(),
                To = criteria.To?.AddMonths(12).ToString(),
            }));
            views.Add(new WiderView(text["Widen.AllTime"], criteria.Without("range")));
        }

        foreach (var chip in Chips().Where(c => c.Field != "range"))
        {
            views.Add(new WiderView(text["Widen.Drop", chip.Label, chip.Value], chip.Without));
        }

        return views;
    }

    /// <summary>Values that could not be used, as sentences.</summary>
    public IReadOnlyList<string> Problems() =>
        [.. criteria.Problems.Select(p => p.Field switch
        {
            "company" or "partner" => text["Problem.UnknownCompany", p.Value].Value,
            "role" => text["Problem.Ignored", text["Filter.Role"], p.Value].Value,
            "stage" => text["Problem.Ignored", text["Filter.Stage"], p.Value].Value,
            "range" => text["Problem.RangeSwapped", RangeText() ?? p.Value].Value,
            _ => text["Problem.Ignored", text["Filter.Month"], p.Value].Value,
        })];

    private string? RangeText() => (criteria.From, criteria.To) switch
    {
        ({ } from, { } to) => text["Range.Both", Month(from), Month(to)].Value,
        ({ } from, null) => text["Range.From", Month(from)].Value,
        (null, { } to) => text["Range.To", Month(to)].Value,
        _ => null,
    };

    private string CompanyText(CompanyGroup group)
    {
        var name = group.FoldedFrom is { } brand ? text["Filter.FoldedInto", brand, Name(group)].Value : Name(group);
        return group.Unreviewed ? $"{name} · {text["Company.Unreviewed"].Value}" : name;
    }

    private static string Name(CompanyGroup group) => UiLanguage.CompanyName(group.Name, group.EnglishNames);

    private static string Month(YearMonth month) => DateText.Month(month.Year, month.Month);

    private static string Collapse(string sentence) => string.Join(' ', sentence.Split(' ', StringSplitOptions.RemoveEmptyEntries));
}
