namespace NewsHub.Pipeline.Retagging;

/// <summary>Follows a re-tag as it goes, for a progress bar or the admin's run page: a re-tag of a large database takes minutes.</summary>
public interface IRetagObserver
{
    /// <summary>The re-tag is about to look at <paramref name="articleCount"/> stored articles.</summary>
    void Started(int articleCount);

    /// <summary>One article was looked at; <paramref name="changed"/> when its mentions changed (or would, in a dry run).</summary>
    void ArticleDone(long articleId, bool changed);
}
