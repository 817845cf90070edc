namespace NewsHub.Domain;

/// <summary>A date known to a precision: a year, a month, a day, or a month and day with no year.</summary>
public class PartialDate
{
    public int? Year { get; set; }

    public int? Month { get; set; }

    public int? Day { get; set; }

    public DatePrecision Precision { get; set; }

    public DateSource Source { get; set; }

    /// <summary>The date as the output contract writes it: YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD or null.</summary>
    public string? ToIsoString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        DatePrecision.Year => $"{Year:D4}",
        DatePrecision.MonthDay => $"--{Month:D2}-{Day:D2}",
        _ => null,
    };
}
