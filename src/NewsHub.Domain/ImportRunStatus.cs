namespace NewsHub.Domain;

public enum ImportRunStatus
{
    Queued,
    Running,
    Succeeded,
    Failed,
    Cancelled,
    Interrupted,
}
