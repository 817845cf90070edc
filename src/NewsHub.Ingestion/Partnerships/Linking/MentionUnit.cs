using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking;

/// <summary>
/// Companies that play one part in a clause: one company, or a list of them (<c>宝马、本田等</c>,
/// <c>小米和百度</c>), with the word that brought them in.
/// </summary>
internal sealed class MentionUnit(Participant first, UnitRelation relation)
{
    private readonly List<Participant> _members = [first];

    public IReadOnlyList<Participant> Members => _members;

    /// <summary>How the first company of the unit is brought into the clause (与 → partner, 为 → beneficiary …).</summary>
    public UnitRelation Relation { get; private set; } = relation;

    /// <summary>True when the unit was split off a lone company by a conjunction (<c>A和B</c>, <c>小鹏华为</c>), not brought in by a preposition.</summary>
    public bool IsConjoined { get; private set; }

    /// <summary>True when the unit only names the owner of the company after it (<c>吉利旗下的芯擎科技</c>).</summary>
    public bool IsOwnerOnly { get; set; }

    /// <summary>True when the unit is only a point of comparison (<c>与福特……类似</c>).</summary>
    public bool IsComparison { get; set; }

    public int Start => _members[0].Start;

    public int End => _members[^1].End;

    /// <summary>Brought in by a preposition: a partner, beneficiary, source or circumstance, not the subject.</summary>
    public bool IsPrepositional => Relation is UnitRelation.Partner or UnitRelation.Beneficiary or UnitRelation.Source or UnitRelation.Context;

    /// <summary>Can take part in a partnership at all.</summary>
    public bool Takes => Relation != UnitRelation.Excluded && !IsComparison && !IsOwnerOnly;

    /// <summary>Number of different groups in the unit.</summary>
    public int GroupCount => _members.Select(m => m.Group).Distinct(StringComparer.Ordinal).Count();

    public void Add(Participant participant) => _members.Add(participant);

    /// <summary>A unit split off by a conjunction (<c>A和B</c>): the partner of the lone company before it.</summary>
    public static MentionUnit Conjoined(Participant first) => new(first, UnitRelation.Partner) { IsConjoined = true };

    /// <summary>
    /// Takes the place of <paramref name="owner"/>, which only names this unit's owner: in <c>与阿里巴巴旗下的斑马智行</c>
    /// it is 斑马智行 that 与 brings in as partner.
    /// </summary>
    public void StandFor(MentionUnit owner)
    {
        ArgumentNullException.ThrowIfNull(owner);
        Relation = owner.Relation;
        IsConjoined = owner.IsConjoined;
    }
}
