namespace NewsHub.Domain;

public enum ImportRunKind
{
    Import,
    ReExtract,
    Retag,

    /// <summary>A poll of a feed source: its items stored like the files of a folder.</summary>
    FeedPoll,
}
