namespace NewsHub.Domain;

/// <summary>How precisely a date is known.</summary>
public enum DatePrecision
{
    None,
    Year,
    Month,
    Day,

    /// <summary>Month and day known, year not (written --MM-DD).</summary>
    MonthDay,
}
