namespace NewsHub.Ingestion.Partnerships.Lexicon;

/// <summary>How a cooperation word links the companies around it.</summary>
internal enum TriggerKind
{
    /// <summary>
    /// Both sides act together and the partner comes before the word, introduced by 与/和/跟/同
    /// (<c>A与B合作</c>, <c>A和B合资</c>), or a list acts together (<c>A、B三方合资</c>).
    /// </summary>
    Mutual,

    /// <summary>
    /// A verb whose partner may also follow it (<c>A携手B</c>, <c>A投资B</c>, <c>A搭载B的系统</c>) or be
    /// introduced before it (<c>A为B提供</c>, <c>A从B采购</c>).
    /// </summary>
    Directed,

    /// <summary>
    /// A noun naming a relation of one company to others (<c>A的客户包括B、C</c>, <c>其最大投资者为B</c>,
    /// <c>A成为B的供应商</c>).
    /// </summary>
    Relational,
}

/// <summary>How much a cooperation word alone says that two companies really teamed up.</summary>
internal enum TriggerStrength
{
    /// <summary>Use or supply words that often describe ordinary business (采用, 提供, 助力).</summary>
    Weak,

    /// <summary>Cooperation in general (合作, 携手, 投资, 供应).</summary>
    Medium,

    /// <summary>A signed or formed tie (签署, 合资, 入股, 收购).</summary>
    Strong,
}

/// <summary>A cooperation word of the lexicon.</summary>
/// <param name="Word">The word as written.</param>
/// <param name="Kind">How it links the companies around it.</param>
/// <param name="Stage">The stage of partnership it speaks of.</param>
/// <param name="Strength">How much it alone says.</param>
/// <param name="BeneficiaryOnly">
/// A making verb (开发, 打造, 建设) that links only a company it is done for or with (<c>A为B开发</c>,
/// <c>A和B计划建设电池工厂</c>), never the thing made.
/// </param>
internal sealed record Trigger(string Word, TriggerKind Kind, PartnershipStage Stage, TriggerStrength Strength, bool BeneficiaryOnly = false)
{
    private static readonly string[] JointVerbs = ["携手", "牵手", "联手", "联合"];

    /// <summary>Says that both sides act together, so a list of companies before it can act together (A、B三方合资).</summary>
    public bool IsJoint => Kind == TriggerKind.Mutual || JointVerbs.Contains(Word);
}

/// <summary>A cooperation word found in the text.</summary>
/// <param name="Trigger">The lexicon entry.</param>
/// <param name="Start">Compact offset of the word.</param>
/// <param name="End">Compact offset just past it.</param>
/// <param name="Stage">The stage, which context may make more precise than the entry's (成立 … 合资公司).</param>
internal sealed record TriggerMatch(Trigger Trigger, int Start, int End, PartnershipStage Stage);
