namespace NewsHub.Data.Writing;

/// <summary>A company mention with the ids of its catalog entry and of its group.</summary>
public sealed record ResolvedCompanyMention(int CompanyId, int GroupId, string AsWritten, int Start, int Length);

/// <summary>One side of a partnership: the company named as written, the group it folds into, and how it was written.</summary>
internal sealed record ResolvedSide(int CompanyId, int GroupId, CompanyMentionToStore Mention);

/// <summary>A partnership with its sides in stored order, <see cref="A"/> being the side of the smaller group id.</summary>
internal sealed record ResolvedPartnership(ResolvedSide A, ResolvedSide B, PartnershipMentionToStore Finding)
{
    public int GroupAId => A.GroupId;

    public int GroupBId => B.GroupId;
}
