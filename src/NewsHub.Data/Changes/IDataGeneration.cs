namespace NewsHub.Data.Changes;

/// <summary>
/// A number that moves on whenever the stored data may have changed, for sharing what was read at one generation
/// (the web app's change feed, which hears <see cref="DataChangeNotifications"/>). A process that does not listen
/// registers none, and readers then read afresh.
/// </summary>
public interface IDataGeneration
{
    /// <summary>
    /// Waits until every change committed before this call has been seen and returns the generation; null when
    /// that cannot be vouched for, and nothing read before may then be reused.
    /// </summary>
    Task<long?> SyncAsync(CancellationToken cancellationToken);
}
