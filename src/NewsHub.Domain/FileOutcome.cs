namespace NewsHub.Domain;

public enum FileOutcome
{
    New,
    Changed,
    Unchanged,
    Duplicate,
    Failed,
    Missing,
}
