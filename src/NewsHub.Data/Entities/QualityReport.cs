namespace NewsHub.Data.Entities;

/// <summary>
/// One run of <c>newshub quality --save</c>: how well NewsHub found the hand-made gold of each gold set, measured
/// at one time by one build. The admin overview shows the newest.
/// </summary>
public class QualityReport
{
    public long Id { get; set; }

    public DateTimeOffset MeasuredAt { get; set; }

    /// <summary>The version of NewsHub measured (with its commit), so that figures can be traced to the code.</summary>
    public required string NewsHubVersion { get; set; }

    public List<QualityFigures> Figures { get; set; } = [];
}
