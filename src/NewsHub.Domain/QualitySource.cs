namespace NewsHub.Domain;

/// <summary>What was scored: the analysis of the files (<c>newshub analyze</c>), or the events as stored by an import.</summary>
public enum QualitySource
{
    Analyze,
    Stored,
}
