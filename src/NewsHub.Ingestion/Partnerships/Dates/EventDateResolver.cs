using NewsHub.Data;
using NewsHub.Data.Entities;
using NewsHub.Ingestion.Partnerships.Lexicon;
using NewsHub.Ingestion.Partnerships.Text;

namespace NewsHub.Ingestion.Partnerships.Dates;

/// <summary>
/// Decides the date of an event told at one place of an article, at the precision the text gives.
/// </summary>
/// <remarks>
/// The date is the nearest date expression before the cooperation word in its sentence, else the first
/// one after it in its clause, else the dateline of the nearest sentence of the paragraph that opens with
/// one (<c>4月12日，孚能科技发布公告称……</c>) unless the sentence moves away from it (之后, 目前), else the
/// publication date. The start of a period (2020年至2031年) dates only a plan. Relative expressions
/// (上月, 去年, 上周, 近日) count from the nearest date written before them in the sentence, else that
/// dateline, else the publication. A date without a year takes the year last written in the paragraph
/// (in the article, when there is no publication date), else the publication's, moved back a year if that
/// would put it after the publication; a date after the publication stands only when the text marks the
/// future (将, 计划).
/// </remarks>
internal sealed class EventDateResolver
{
    private const int DatelineReach = 12;

    private static readonly string[] DatelineEndings = ["，", ",", "消息", "电", "讯", "晚", "下午", "上午", "凌晨", "早间", "报道", " "];

    private readonly CompactText _text;
    private readonly TextLayout _layout;
    private readonly List<DateExpression> _dates;
    private readonly DateOnly? _published;

    public EventDateResolver(CompactText text, TextLayout layout, DateTimeOffset? published)
    {
        _text = text;
        _layout = layout;
        _dates = DateExpressionScanner.Scan(text.Value);
        _published = published is { } p ? ChinaCalendar.DayOf(p) : null;
    }

    /// <summary>The date of an event whose cooperation word starts at <paramref name="triggerStart"/>.</summary>
    /// <param name="sentence">The sentence that tells it.</param>
    /// <param name="clause">The clause of the cooperation word.</param>
    /// <param name="triggerStart">Compact offset of the cooperation word.</param>
    /// <param name="planned">True when the text marks the event as planned or future.</param>
    public EventDate Resolve(Sentence sentence, TextSpan clause, int triggerStart, bool planned)
    {
        for (var i = _dates.Count - 1; i >= 0; i--)
        {
            var expression = _dates[i];
            if (expression.Start >= sentence.Span.Start && expression.End <= triggerStart && (planned || !expression.StartsPeriod)
                && Resolve(expression, planned) is { } date)
            {
                return date;
            }
        }

        foreach (var expression in _dates)
        {
            if (expression.Start >= triggerStart && expression.End <= clause.End && Resolve(expression, planned) is { } date)
            {
                return date;
            }
        }

        var sentenceText = _text.Slice(sentence.Span.Start, sentence.Span.End);
        if (!Cues.StartsWithAny(sentenceText, Cues.Sequence)
            && DatelineBefore(sentence.Span.Start) is { } dateline
            && Resolve(dateline, planned) is { } paragraphDate)
        {
            return paragraphDate;
        }

        return _published is { } published
            ? new EventDate(published.Year, published.Month, published.Day, DatePrecision.Day, DateSource.Published)
            : EventDate.Unknown;
    }

    private EventDate? Resolve(DateExpression expression, bool planned)
    {
        var date = Calculate(expression, depth: 0);
        if (date is null || date.Precision is DatePrecision.None or DatePrecision.MonthDay || _published is not { } published)
        {
            return date;
        }

        // A day of grace: the publication time may be given in another time zone than the text's dates.
        var latest = published.AddDays(1);
        if (!planned && !expression.IsFuture && IsAfter(date, latest))
        {
            // A year the text did not write is the one that keeps the date before the publication.
            if (!expression.HasWrittenYear && date.Year is { } year)
            {
                var earlier = date with { Year = year - 1 };
                return IsAfter(earlier, latest) ? null : earlier;
            }

            return null;
        }

        return date;
    }

    private EventDate? Calculate(DateExpression expression, int depth)
    {
        switch (expression.Kind)
        {
            case DateExpressionKind.Calendar when expression.Year is { } year:
                return Parts(year, expression.Month, expression.Day);

            case DateExpressionKind.Calendar when expression.Month is { } month:
                if (YearBefore(expression) is { } contextYear)
                {
                    return Parts(contextYear, month, expression.Day);
                }

                return expression.Day is { } dayOfMonth
                    ? new EventDate(null, month, dayOfMonth, DatePrecision.MonthDay, DateSource.Text)
                    : null;

            case DateExpressionKind.Calendar:
                {
                    if (Reference(expression) is not { } reference || expression.Day is not { } day)
                    {
                        return null;
                    }

                    // "27日报道" in an article of the 28th: this month; of the 3rd: last month.
                    var monthStart = new DateOnly(reference.Year, reference.Month, 1);
                    if (day > reference.Day)
                    {
                        monthStart = monthStart.AddMonths(-1);
                    }

                    return day <= DateTime.DaysInMonth(monthStart.Year, monthStart.Month)
                        ? Day(monthStart.AddDays(day - 1))
                        : null;
                }

            case DateExpressionKind.RelativeYear:
                {
                    if (Reference(expression) is not { } reference)
                    {
                        return expression is { Month: { } m, Day: { } d }
                            ? new EventDate(null, m, d, DatePrecision.MonthDay, DateSource.Text)
                            : null;
                    }

                    return Parts(reference.Year + expression.Shift, expression.Month, expression.Day);
                }

            case DateExpressionKind.RelativeMonth:
                {
                    if (Reference(expression) is not { } reference)
                    {
                        return null;
                    }

                    var month = new DateOnly(reference.Year, reference.Month, 1).AddMonths(expression.Shift);
                    return Parts(month.Year, month.Month, expression.Day);
                }

            case DateExpressionKind.RelativeDay:
                return Reference(expression) is { } today ? Day(today.AddDays(expression.Shift)) : null;

            case DateExpressionKind.RelativeWeek:
                {
                    if (Reference(expression) is not { } reference)
                    {
                        return null;
                    }

                    var inWeek = reference.AddDays(7 * expression.Shift);
                    if (expression.Weekday is not { } weekday)
                    {
                        return new EventDate(inWeek.Year, inWeek.Month, null, DatePrecision.Month, DateSource.Text);
                    }

                    // Weeks start on Monday; a bare weekday (周四) is the last one on or before the reference.
                    var monday = inWeek.AddDays(-(((int)inWeek.DayOfWeek + 6) % 7));
                    var day = monday.AddDays(((int)weekday + 6) % 7);
                    if (expression.Shift == 0 && day > reference)
                    {
                        day = day.AddDays(-7);
                    }

                    return Day(day);
                }

            case DateExpressionKind.Recent:
                return Reference(expression) is { } recent
                    ? expression.Precision == DatePrecision.Day ? Day(recent) : new EventDate(recent.Year, recent.Month, null, DatePrecision.Month, DateSource.Text)
                    : null;

            case DateExpressionKind.SameAsPrevious:
                return depth < 3 && Previous(expression, depth) is { } previous ? Shifted(previous, expression) : null;

            default:
                return null;
        }
    }

    /// <summary>A date of the given parts at the precision of the last part known.</summary>
    private static EventDate? Parts(int year, int? month, int? day)
    {
        if (month is not { } m)
        {
            return new EventDate(year, null, null, DatePrecision.Year, DateSource.Text);
        }

        if (day is not { } d)
        {
            return new EventDate(year, m, null, DatePrecision.Month, DateSource.Text);
        }

        return d <= DateTime.DaysInMonth(year, m) ? new EventDate(year, m, d, DatePrecision.Day, DateSource.Text) : null;
    }

    private static EventDate Day(DateOnly date) => new(date.Year, date.Month, date.Day, DatePrecision.Day, DateSource.Text);

    private static EventDate? Shifted(EventDate previous, DateExpression expression)
    {
        var precision = (DatePrecision)Math.Min((int)expression.Precision, (int)previous.Precision);
        return precision switch
        {
            DatePrecision.Year when previous.Year is { } y => new EventDate(y + expression.Shift, null, null, DatePrecision.Year, DateSource.Text),
            DatePrecision.Month when previous is { Year: { } y, Month: { } m } =>
                Parts(new DateOnly(y, m, 1).AddMonths(expression.Shift).Year, new DateOnly(y, m, 1).AddMonths(expression.Shift).Month, null),
            DatePrecision.Day when previous is { Year: { } y, Month: { } m, Day: { } d } => Day(new DateOnly(y, m, d).AddDays(expression.Shift)),
            _ => null,
        };
    }

    /// <summary>The date the words 同年, 当天 refer to: the nearest resolvable date written before them.</summary>
    private EventDate? Previous(DateExpression expression, int depth)
    {
        for (var i = _dates.IndexOf(expression) - 1; i >= 0; i--)
        {
            if (Calculate(_dates[i], depth + 1) is { Year: not null } date)
            {
                return date;
            }
        }

        return null;
    }

    /// <summary>
    /// The day relative expressions count from: the nearest full date written before it in its sentence,
    /// else its paragraph's opening date, else the publication date.
    /// </summary>
    private DateOnly? Reference(DateExpression expression)
    {
        var sentence = _layout.SentenceAt(expression.Start);
        if (sentence is not null)
        {
            for (var i = _dates.IndexOf(expression) - 1; i >= 0 && _dates[i].Start >= sentence.Span.Start; i--)
            {
                if (_dates[i].CanAnchor && AsDay(Calculate(_dates[i], depth: 2)) is { } anchor)
                {
                    return anchor;
                }
            }

            if (DatelineBefore(sentence.Span.Start) is { CanAnchor: true } dateline && AsDay(Calculate(dateline, depth: 2)) is { } opening)
            {
                return opening;
            }
        }

        return _published;
    }

    /// <summary>The year last written in the paragraph before <paramref name="expression"/>, else the publication year.</summary>
    private int? YearBefore(DateExpression expression)
    {
        var sentence = _layout.SentenceAt(expression.Start);
        if (sentence is not null)
        {
            // Without a publication date, any year the article wrote before is better than none.
            var from = _published is null ? 0 : _layout.Paragraphs[sentence.Paragraph].Start;
            for (var i = _dates.IndexOf(expression) - 1; i >= 0 && _dates[i].Start >= from; i--)
            {
                if (_dates[i].HasWrittenYear)
                {
                    return _dates[i].Year;
                }
            }
        }

        return _published?.Year;
    }

    /// <summary>
    /// The dateline of the nearest sentence of the paragraph before <paramref name="position"/> that opens
    /// with one: a date within its first characters followed by a comma or 消息 (<c>4月12日，</c>,
    /// <c>IT之家4月25日消息</c>, <c>时间：7月23日下午</c>), not a date inside its first clause (腾讯今年3月已……).
    /// </summary>
    private DateExpression? DatelineBefore(int position)
    {
        var current = _layout.SentenceAt(position);
        if (current is null)
        {
            return null;
        }

        for (var index = current.Index - 1; index >= 0 && _layout.Sentences[index].Paragraph == current.Paragraph; index--)
        {
            var sentence = _layout.Sentences[index].Span;
            var first = _dates.FirstOrDefault(e => e.Start >= sentence.Start && e.Start < sentence.End);
            if (first is not null && first.Start - sentence.Start <= DatelineReach
                && Cues.StartsWithAny(_text.Slice(first.End, Math.Min(sentence.End, first.End + 4)), DatelineEndings))
            {
                return first;
            }
        }

        return null;
    }

    private static DateOnly? AsDay(EventDate? date) => date switch
    {
        { Year: { } y, Month: { } m, Day: { } d } => new DateOnly(y, m, d),
        { Year: { } y, Month: { } m } => new DateOnly(y, m, 1),
        _ => null,
    };

    private static bool IsAfter(EventDate date, DateOnly published) => date.Precision switch
    {
        DatePrecision.Day => new DateOnly(date.Year!.Value, date.Month!.Value, date.Day!.Value) > published,
        DatePrecision.Month => (date.Year!.Value * 12) + date.Month!.Value > (published.Year * 12) + published.Month,
        DatePrecision.Year => date.Year!.Value > published.Year,
        _ => false,
    };
}
