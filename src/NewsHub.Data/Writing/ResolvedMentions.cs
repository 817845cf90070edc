namespace NewsHub.Data.Writing;

/// <summary>A company mention with the ids of its catalog entry and of its group.</summary>
public sealed record ResolvedCompanyMention(int CompanyId, int GroupId, string AsWritten, int Start, int Length);

/// <summary>A partnership with its groups' ids in stored order, <see cref="MentionA"/> being the side of <see cref="GroupAId"/>.</summary>
internal sealed record ResolvedPartnership(int GroupAId, int GroupBId, CompanyMentionToStore MentionA, CompanyMentionToStore MentionB, PartnershipMentionToStore Finding);
