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
/// publication date; background without a date (此前……投资) is undated. The start of a period
/// (2020年至2031年) dates only a plan. Relative expressions (上月, 去年, 上周, 近日) count from the nearest
/// date written before them in the sentence, else that dateline, else the publication. A date without a year
/// takes the year last written in the paragraph (in the article, when there is no publication date), else
/// the year that puts it nearest the publication: before it for what happened, after it for what the words
/// at the date announce as coming (将于, 计划于) or what is only days away, as written for a plan; a date
/// after the publication with its year written stands only when the text marks the future (将, 计划).
/// </remarks>
internal sealed class EventDateResolver
{
    private const int DatelineReach = 12;

    /// <summary>How far ahead of the publication a day without its year is still this year's: news of a thing days away.</summary>
    private const int DaysAnnouncedAhead = 7;

    /// <summary>How far before a date the words announcing it as coming may stand (将于, 计划于).</summary>
    private const int ComingCueReach = 4;

    /// <summary>The paragraphs of the lead, which tell what the headline says.</summary>
    private const int LeadParagraphs = 2;

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
    public PartialDate Resolve(Sentence sentence, TextSpan clause, int triggerStart, bool planned)
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

        // 此前/早前……投资: what the text tells as background happened some time before: neither on
        // the day of publication nor on the day its paragraph opens with (公告称，公司此前与……签署).
        if (Cues.ContainsAny(_text.Slice(sentence.Span.Start, triggerStart), DateCues.Background))
        {
            return PartialDate.Unknown;
        }

        var sentenceText = _text.Slice(sentence.Span.Start, sentence.Span.End);
        if (!Cues.StartsWithAny(sentenceText, Cues.Sequence)
            && DatelineBefore(sentence.Span.Start) is { } dateline
            && Resolve(dateline, planned) is { } paragraphDate)
        {
            return paragraphDate;
        }

        return Published;
    }

    /// <summary>
    /// The date the body of an article gives the deal its headline tells, for a headline dated only by
    /// publication: the first date written in a sentence of the lead that names one of the two companies
    /// (or the lead's dateline), else null.
    /// </summary>
    /// <param name="companyStarts">Compact offsets of the body's mentions of the two companies.</param>
    public PartialDate? LeadDate(IReadOnlyCollection<int> companyStarts)
    {
        foreach (var sentence in _layout.Sentences)
        {
            if (sentence.Paragraph >= LeadParagraphs)
            {
                break;
            }

            var names = companyStarts.Any(sentence.Span.Contains);
            var first = _dates.FirstOrDefault(e => sentence.Span.Contains(e.Start) && !e.StartsPeriod);
            if (first is null || (!names && !IsDateline(sentence.Span, first)))
            {
                continue;
            }

            var planned = Cues.ContainsAny(_text.Slice(sentence.Span.Start, first.Start), Cues.Planned);
            if (Resolve(first, planned) is { Precision: not DatePrecision.None } date)
            {
                return date;
            }
        }

        return null;
    }

    private PartialDate Published =>
        _published is { } published
            ? new PartialDate(published.Year, published.Month, published.Day, DatePrecision.Day, DateSource.Published)
            : PartialDate.Unknown;

    private PartialDate? Resolve(DateExpression expression, bool planned)
    {
        var date = Calculate(expression, depth: 0);
        if (date is null || date.Precision is DatePrecision.None or DatePrecision.MonthDay || _published is not { } published)
        {
            return date;
        }

        if (TakesPublicationYear(expression) && date.Year is { } year)
        {
            // Only the words at the date say it is coming: a plan told after a dateline (4月12日，……将与……) was
            // announced on that day, not to happen on it.
            return IsAnnouncedAsComing(expression) ? InNextYearNearest(date, year, published)
                : planned ? date
                : InYearBefore(date, year, published);
        }

        // A day of grace: the publication time may be given in another time zone than the text's dates.
        var latest = published.AddDays(1);
        return !planned && !expression.IsFuture && IsAfter(date, latest) ? null : date;
    }

    /// <summary>
    /// A month or day announced as coming without its year (将于1月10日上市 in an article of December): this
    /// year's or next year's, whichever is nearer the publication.
    /// </summary>
    private static PartialDate InNextYearNearest(PartialDate date, int year, DateOnly published)
    {
        var next = date with { Year = year + 1 };
        return DaysFrom(next, published) < DaysFrom(date, published) ? next : date;
    }

    /// <summary>
    /// A month or day of what happened, without its year: the last such day before the publication (11月3日签署
    /// in an article of October: last November), except a day only days ahead of the publication, which is news
    /// of a thing coming whatever the words (10月9日上市 in an article of 10月5日).
    /// </summary>
    private static PartialDate? InYearBefore(PartialDate date, int year, DateOnly published)
    {
        if (!IsAfter(date, published.AddDays(DaysAnnouncedAhead)))
        {
            return date;
        }

        var earlier = date with { Year = year - 1 };
        return IsAfter(earlier, published.AddDays(1)) ? null : earlier;
    }

    /// <summary>True when <paramref name="expression"/> is a calendar month or day that takes its year from the publication, not from a year written before it.</summary>
    private bool TakesPublicationYear(DateExpression expression) =>
        expression is { Kind: DateExpressionKind.Calendar, Year: null, Month: not null } && WrittenYearBefore(expression) is null;

    /// <summary>将于10月9日, 计划于3月, 定于……: the words right before the date announce it as coming.</summary>
    private bool IsAnnouncedAsComing(DateExpression expression)
    {
        var before = _text.Slice(Math.Max(0, expression.Start - ComingCueReach), expression.Start);
        foreach (var cue in DateCues.Coming)
        {
            if (before.EndsWith(cue, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private PartialDate? Calculate(DateExpression expression, int depth)
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
                    ? new PartialDate(null, month, dayOfMonth, DatePrecision.MonthDay, DateSource.Text)
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
                            ? new PartialDate(null, m, d, DatePrecision.MonthDay, DateSource.Text)
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
                        return new PartialDate(inWeek.Year, inWeek.Month, null, DatePrecision.Month, DateSource.Text);
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
                    ? expression.Precision == DatePrecision.Day ? Day(recent) : new PartialDate(recent.Year, recent.Month, null, DatePrecision.Month, DateSource.Text)
                    : null;

            case DateExpressionKind.SameAsPrevious:
                return depth < 3 && Previous(expression, depth) is { } previous ? Shifted(previous, expression) : null;

            default:
                return null;
        }
    }

    /// <summary>A date of the given parts at the precision of the last part known.</summary>
    private static PartialDate? Parts(int year, int? month, int? day)
    {
        if (month is not { } m)
        {
            return new PartialDate(year, null, null, DatePrecision.Year, DateSource.Text);
        }

        if (day is not { } d)
        {
            return new PartialDate(year, m, null, DatePrecision.Month, DateSource.Text);
        }

        return d <= DateTime.DaysInMonth(year, m) ? new PartialDate(year, m, d, DatePrecision.Day, DateSource.Text) : null;
    }

    private static PartialDate Day(DateOnly date) => new(date.Year, date.Month, date.Day, DatePrecision.Day, DateSource.Text);

    private static PartialDate? Shifted(PartialDate previous, DateExpression expression)
    {
        var precision = (DatePrecision)Math.Min((int)expression.Precision, (int)previous.Precision);
        return precision switch
        {
            DatePrecision.Year when previous.Year is { } y => new PartialDate(y + expression.Shift, null, null, DatePrecision.Year, DateSource.Text),
            DatePrecision.Month when previous is { Year: { } y, Month: { } m } =>
                Parts(new DateOnly(y, m, 1).AddMonths(expression.Shift).Year, new DateOnly(y, m, 1).AddMonths(expression.Shift).Month, null),
            DatePrecision.Day when previous is { Year: { } y, Month: { } m, Day: { } d } => Day(new DateOnly(y, m, d).AddDays(expression.Shift)),
            _ => null,
        };
    }

    /// <summary>The date the words 同年, 当天 refer to: the nearest resolvable date written before them.</summary>
    private PartialDate? Previous(DateExpression expression, int depth)
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
    private int? YearBefore(DateExpression expression) => WrittenYearBefore(expression) ?? _published?.Year;

    /// <summary>
    /// The year last written in the paragraph before <paramref name="expression"/> (anywhere before it in the
    /// article, when there is no publication date), else null.
    /// </summary>
    private int? WrittenYearBefore(DateExpression expression)
    {
        var sentence = _layout.SentenceAt(expression.Start);
        if (sentence is null)
        {
            return null;
        }

        // Without a publication date, any year the article wrote before is better than none.
        var from = _published is null ? 0 : _layout.Paragraphs[sentence.Paragraph].Start;
        for (var i = _dates.IndexOf(expression) - 1; i >= 0 && _dates[i].Start >= from; i--)
        {
            if (_dates[i].HasWrittenYear)
            {
                return _dates[i].Year;
            }
        }

        return null;
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
            if (first is not null && IsDateline(sentence, first))
            {
                return first;
            }
        }

        return null;
    }

    /// <summary>A date that opens <paramref name="sentence"/> as its dateline: within its first characters, followed by a comma or 消息.</summary>
    private bool IsDateline(TextSpan sentence, DateExpression first) =>
        first.Start - sentence.Start <= DatelineReach
        && Cues.StartsWithAny(_text.Slice(first.End, Math.Min(sentence.End, first.End + 4)), DatelineEndings);

    private static DateOnly? AsDay(PartialDate? date) => date switch
    {
        { Year: { } y, Month: { } m, Day: { } d } => new DateOnly(y, m, d),
        { Year: { } y, Month: { } m } => new DateOnly(y, m, 1),
        _ => null,
    };

    /// <summary>Days between <paramref name="day"/> and the nearest day <paramref name="date"/> stands for (a month: any of its days).</summary>
    private static int DaysFrom(PartialDate date, DateOnly day)
    {
        var (first, last) = date.Precision switch
        {
            DatePrecision.Day => (new DateOnly(date.Year!.Value, date.Month!.Value, date.Day!.Value), new DateOnly(date.Year!.Value, date.Month!.Value, date.Day!.Value)),
            _ => (new DateOnly(date.Year!.Value, date.Month!.Value, 1), new DateOnly(date.Year!.Value, date.Month!.Value, 1).AddMonths(1).AddDays(-1)),
        };
        return Math.Max(0, Math.Max(first.DayNumber - day.DayNumber, day.DayNumber - last.DayNumber));
    }

    /// <summary>True when <paramref name="date"/> lies wholly after <paramref name="day"/>, at the date's own precision.</summary>
    private static bool IsAfter(PartialDate date, DateOnly day)
    {
        var comparison = date.Precision switch
        {
            DatePrecision.Day => new DateOnly(date.Year!.Value, date.Month!.Value, date.Day!.Value).CompareTo(day),
            DatePrecision.Month => ((date.Year!.Value * 12) + date.Month!.Value).CompareTo((day.Year * 12) + day.Month),
            DatePrecision.Year => date.Year!.Value.CompareTo(day.Year),
            _ => 0,
        };
        return comparison > 0;
    }
}
