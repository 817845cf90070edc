namespace NewsHub.Pipeline.Retagging;

/// <summary>What a retag changed, or would change on a dry run.</summary>
/// <param name="ArticlesScanned">Stored articles tagged again.</param>
/// <param name="ChangedArticleIds">Articles whose company mentions changed, in id order.</param>
/// <param name="Companies">Mentions added and removed, per catalog company, most changed first.</param>
/// <param name="DryRun">True when nothing was written.</param>
public sealed record RetagReport(int ArticlesScanned, IReadOnlyList<long> ChangedArticleIds, IReadOnlyList<CompanyMentionChange> Companies, bool DryRun)
{
    public int ArticlesChanged => ChangedArticleIds.Count;
}

/// <summary>How the mentions of one catalog company changed across all articles.</summary>
/// <param name="Company">The catalog entry named (a brand or unit, or the group itself).</param>
/// <param name="Group">The group it folds into.</param>
/// <param name="Added">Mentions that are new.</param>
/// <param name="Removed">Mentions that are gone.</param>
public sealed record CompanyMentionChange(string Company, string Group, int Added, int Removed);
