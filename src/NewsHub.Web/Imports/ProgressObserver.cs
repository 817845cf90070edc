using NewsHub.Pipeline.Import;

namespace NewsHub.Web.Imports;

/// <summary>Feeds an import's or a poll's events to its run's live progress.</summary>
internal sealed class ProgressObserver(ImportProgress progress) : IImportObserver
{
    public void FilesFound(int total) => progress.SetTotal(total);

    public void FileStarted(string path) => progress.Starting(path);

    public void FileFinished(ImportFileResult result) => progress.Finished(result.Path, result.Outcome, result.StoredError, result.ArticleId);
}
