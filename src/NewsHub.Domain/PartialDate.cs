namespace NewsHub.Domain;

/// <summary>
/// A date known to a precision: a year, a month, a day, or a month and day with no year. The finder dates
/// each partnership it reads with one, events keep the one most of their mentions agree on, and the store
/// keeps it as columns of its owner. Immutable, compared by value.
/// </summary>
/// <param name="Year">Null when the year is not known.</param>
/// <param name="Month">Null for a year alone.</param>
/// <param name="Day">Null for a year or a month.</param>
/// <param name="Precision">Which parts are known.</param>
/// <param name="Source">Whether the date was read from the text or taken from the publication time.</param>
public sealed record PartialDate(int? Year, int? Month, int? Day, DatePrecision Precision, DateSource Source)
{
    /// <summary>No date at all.</summary>
    public PartialDate()
        : this(null, null, null, DatePrecision.None, DateSource.Text)
    {
    }

    /// <summary>No date at all.</summary>
    public static PartialDate Unknown { get; } = new();

    /// <summary>The date as the output contract writes it: YYYY-MM-DD, YYYY-MM, YYYY, --MM-DD, or null.</summary>
    public string? ToIsoString() => Precision switch
    {
        DatePrecision.Day => $"{Year:D4}-{Month:D2}-{Day:D2}",
        DatePrecision.Month => $"{Year:D4}-{Month:D2}",
        DatePrecision.Year => $"{Year:D4}",
        DatePrecision.MonthDay => $"--{Month:D2}-{Day:D2}",
        _ => null,
    };
}
