namespace NewsHub.Ingestion.Partnerships.Lexicon;

/// <summary>How a company is brought into a clause: the word before it says what part it plays.</summary>
internal enum UnitRelation
{
    /// <summary>Nothing before it: it can be the subject.</summary>
    None,

    /// <summary>与, 和, 跟, 同: the one teamed up with.</summary>
    Partner,

    /// <summary>为, 向, 给: the one something is done for.</summary>
    Beneficiary,

    /// <summary>从, 由, 来自, 被: the one something comes from.</summary>
    Source,

    /// <summary>在 … 的加持下, 通过, 借助, 基于, 作为: circumstance that still names a participant.</summary>
    Context,

    /// <summary>除了, 继 … 之后, 比, 相比: a company set apart, never a participant.</summary>
    Excluded,
}

/// <summary>
/// The small words that decide whether a cooperation word really links two companies: prepositions,
/// negation, denial, competition, comparison, plans and rumours.
/// </summary>
internal static class Cues
{
    /// <summary>Prepositions and what they make of the company after them, longest first.</summary>
    public static readonly (string Word, UnitRelation Relation)[] Prepositions =
    [
        ("仅次于", UnitRelation.Excluded), ("领先于", UnitRelation.Excluded), ("落后于", UnitRelation.Excluded), ("类似于", UnitRelation.Excluded),
        ("次于", UnitRelation.Excluded), ("超过", UnitRelation.Excluded), ("不及", UnitRelation.Excluded), ("优于", UnitRelation.Excluded),
        ("胜过", UnitRelation.Excluded), ("酷似", UnitRelation.Excluded), ("犹如", UnitRelation.Excluded), ("堪比", UnitRelation.Excluded),
        ("媲美", UnitRelation.Excluded), ("除了", UnitRelation.Excluded), ("除去", UnitRelation.Excluded), ("相比", UnitRelation.Excluded),
        ("相较", UnitRelation.Excluded), ("不如", UnitRelation.Excluded), ("来自", UnitRelation.Source),
        ("通过", UnitRelation.Context), ("借助", UnitRelation.Context), ("依托", UnitRelation.Context),
        ("基于", UnitRelation.Context), ("凭借", UnitRelation.Context), ("作为", UnitRelation.Context),
        ("帮助", UnitRelation.Beneficiary), ("对于", UnitRelation.Context),
        .. GrammarWords.Partner.Select(w => (w, UnitRelation.Partner)),
        ("为", UnitRelation.Beneficiary), ("向", UnitRelation.Beneficiary), ("给", UnitRelation.Beneficiary),
        ("替", UnitRelation.Beneficiary), ("帮", UnitRelation.Beneficiary),
        ("从", UnitRelation.Source), ("由", UnitRelation.Source), ("被", UnitRelation.Source), ("获", UnitRelation.Source),
        ("在", UnitRelation.Context), ("对", UnitRelation.Context), ("携", UnitRelation.Context),
        ("将", UnitRelation.Context), ("把", UnitRelation.Context),
        ("除", UnitRelation.Excluded), ("继", UnitRelation.Excluded), ("比", UnitRelation.Excluded), ("较", UnitRelation.Excluded),
    ];

    /// <summary>Words in which a preposition character is not a preposition (参与, 合同, 共同, 作为 is listed on its own).</summary>
    public static readonly string[] PrepositionLookalikes =
    [
        "参与", "给予", "赋予", "合同", "共同", "如同", "不同", "相同", "协同", "同比", "同年", "同时", "同样", "同期", "同日",
        "总和", "和谐", "跟进", "跟投", "跟随", "因为", "成为", "作为", "称为", "认为", "行为", "以为", "为止", "为主",
        "较为", "更为", "最为", "极为", "颇为", "尤为", "由于", "理由", "自由", "对手", "对标", "对话", "对外", "针对",
        "面对", "应对", "绝对", "相对", "对比", "比如", "比例", "比较", "比拼", "好比", "正在", "现在", "存在",
        "在于", "实在", "所在", "获得", "获取", "获悉", "获批", "获奖", "向来", "方向", "走向", "导向", "意向", "倾向",
        "携手", "携带", "从而", "从事", "从未", "自从", "被动", "除此", "继续", "继而", "相继", "比赛", "即将", "将于",
        "将会", "将要", "将在", "必将", "终将", "将近", "或将", "也将", "还将", "将来",
    ];

    /// <summary>Characters that betray a verb between a preposition and the company it would introduce.</summary>
    public static readonly string VerbMarkers = "是为将把了着过被让使";

    /// <summary>Words after a company introduced by 与/和 that make it a point of comparison, not a partner.</summary>
    public static readonly string[] Comparison =
    [
        "类似", "一样", "相同", "相似", "不同", "不一样", "相比", "相较", "相当", "差距", "不一致", "一致", "相关", "有关",
        "无关", "看齐", "媲美", "比肩", "之后", "以后", "之外", "以外", "外，", "外,",
    ];

    /// <summary>Words of rivalry: no partnership across them.</summary>
    public static readonly string[] Competition =
    [
        "竞争", "竞品", "对手", "挑战", "追赶", "赶超", "超越", "超过", "抗衡", "比拼", "角逐", "较量", "争夺", "对标",
        "叫板", "互掐", "PK", "围剿", "打压", "起诉", "诉讼", "指控", "纠纷", "对抗", "狙击", "抢占", "打败", "击败",
    ];

    /// <summary>Words that contain a rivalry word and do not mean rivalry.</summary>
    public static readonly string[] NotCompetition = ["竞争力", "竞争优势", "竞争格局", "竞争环节", "竞争领域", "核心竞争"];

    /// <summary>Turning words after which rivalry became cooperation (从「互掐」到「牵手」).</summary>
    public static readonly string[] Turn = ["到", "变为", "转为", "走向", "化敌为友", "变成"];

    /// <summary>Negation before a cooperation word in the same clause.</summary>
    public static readonly string[] Negation =
    [
        "没有", "没", "并未", "未能", "尚未", "从未", "未曾", "未与", "未就", "暂无", "并无", "无意", "不会", "不再", "不是",
        "并非", "不打算", "拒绝", "终止", "暂停", "中止", "取消", "叫停", "放弃", "退出", "解除", "告吹", "破裂", "停止",
        "撤资", "不合作", "不使用", "不采用", "不搭载", "不用", "禁止", "禁用",
    ];

    /// <summary>Questions before a cooperation word: whether it happened is asked, not told (回应是否与小米合作).</summary>
    public static readonly string[] Question = ["是否", "能否", "会否", "可否", "有没有", "是不是", "会不会", "有无"];

    /// <summary>Words after a cooperation word saying it came to nothing (合作告吹, 谈判破裂).</summary>
    public static readonly string[] FellThrough = ["告吹", "破裂", "未果", "落空", "流产", "作罢"];

    /// <summary>Words that contain a negation and do not negate.</summary>
    public static readonly string[] NotNegation = ["没想到", "不是唯一", "取消了限制", "解除了限制", "没有之一"];

    /// <summary>Denial anywhere in the sentence: the cooperation reported there did not happen.</summary>
    public static readonly string[] Denial = ["否认", "辟谣", "不实", "谣言", "假消息", "子虚乌有", "纯属虚构", "不属实", "并不属实"];

    /// <summary>Plans and the future, before the cooperation word.</summary>
    public static readonly string[] Planned =
    [
        "将于", "将会", "将要", "即将", "计划", "拟", "准备", "打算", "有望", "预计", "或将", "有意", "未来", "明年", "下一步",
        "考虑", "寻求", "希望", "欲", "筹划", "潜在", "将",
    ];

    /// <summary>Rumour: whatever tie is told, it is only talk so far.</summary>
    public static readonly string[] Rumour = ["网传", "传闻", "传出", "传言", "据传", "消息人士", "知情人士", "爆料", "曝出", "消息称"];

    /// <summary>Hearsay: a tie reported second-hand; a cooperation so reported counts as talks.</summary>
    public static readonly string[] Hearsay = ["据悉", "或将", "可能"];

    /// <summary>Hypotheses: what would happen if (如果双方达成协议), not what happened.</summary>
    public static readonly string[] Hypothetical = ["如果", "假如", "若是", "倘若", "猜想", "猜测", "假设", "一旦", "要是"];

    /// <summary>Words after a list of companies that make them act together (A、B、C三方合资).</summary>
    public static readonly string[] Collective = ["双方", "三方", "多方", "两家", "三家", "四家", "几家", "多家", "共同", "一起", "联合", "彼此", "相互", "互相", "之间", "两者", "三者"];

    /// <summary>Words after a word of acting together that make it a kind, not a deal (合资品牌, 合作车企, 合资车).</summary>
    public static readonly string[] GenericAfterJoint = ["品牌", "车企", "车型", "厂商", "企业", "车", "模式", "股比"];

    /// <summary>Parts of words of founding or making together (合资成立, 联合打造, 共同设立): what they describe is a creation of both.</summary>
    public static readonly string[] Creating = ["成立", "设立", "组建", "创立", "创办", "打造", "孵化"];

    /// <summary>Verbs that place a company in a list of partners (B也在A的合作名单中, B入选A的供应商名单).</summary>
    public static readonly string[] Membership = ["在", "进入", "入选", "列入", "跻身", "位列", "出现在"];

    /// <summary>Words after a company that make it a mere owner named to place another (吉利旗下的芯擎科技).</summary>
    public static readonly string[] Owner = ["旗下", "下属", "子公司", "控股的"];

    /// <summary>Words after "A和B" that make them do the same thing each, not together (A和B都采用).</summary>
    public static readonly string[] Distributive = ["都", "均", "分别", "各自", "也都", "同样", "各"];

    /// <summary>
    /// Receiving verbs that stand between a preposition and a company (<c>继获得B的投资后</c>): the company is what was
    /// received from, and the preposition governs the verb, not it.
    /// </summary>
    public static readonly string[] ReceivingVerbs = ["获得", "得到", "收到", "接到", "拿到", "拿下", "赢得", "斩获", "接受", "迎来"];

    /// <summary>Verbs of receiving: everything between them and the cooperation word came from others (获得A、B的投资).</summary>
    public static readonly string[] Receive = [.. ReceivingVerbs, "获"];

    /// <summary>The preposition that names who makes a thing (<c>由B制造</c>): a making verb links it to the thing's owner.</summary>
    public static readonly string[] MakerPrepositions = ["由"];

    /// <summary>Words that make a thing the subject's own making (采用自研芯片): adopting it ties the subject to nobody.</summary>
    public static readonly string[] SelfMade = ["自研", "自主", "自家", "自己", "自制", "自产"];

    /// <summary>Words of a funding round (完成新一轮融资): the investors named after it without an object invested in its company.</summary>
    public static readonly string[] FundingRound = ["融资", "本轮", "轮投资"];

    /// <summary>Words that go on with a list begun before them (……的客户，包括A、B、C): what follows is no subject.</summary>
    public static readonly string[] ListContinuations = ["包括", "包含", "涵盖", "分别是", "分别为", "即"];

    /// <summary>Words that open a list of the companies a cooperation word spoke of (包括A、B、C, 例如A、B).</summary>
    public static readonly string[] ListOpeners = ["包括", "包含", "涵盖", "例如", "比如", "诸如", "分别是", "分别为", "如", "像", "即"];

    /// <summary>Words that open such a list only when a company follows at once (……的客户名单中，有B、C): 有望, 有消息 open none.</summary>
    public static readonly string[] ListOpenersBeforeName = ["有", "就有", "还有"];

    /// <summary>Words standing for the company last spoken of, as the subject of a clause.</summary>
    public static readonly string[] SubjectAnaphora = ["该公司", "这家公司", "该集团", "该企业", "公司", "其", "它"];

    /// <summary>
    /// Openings of a fronted phrase whose subject comes in the next clause (作为……，X……; 继获得……后，X……; 携手A，X……
    /// and the headline form 牵手A：X……, where the joint verb's subject is the company after the comma or colon).
    /// </summary>
    public static readonly string[] FrontedOpeners = ["作为", "为了", "随着", "通过", "在", "基于", "借助", "凭借", "继", "携手", "牵手", "联手"];

    /// <summary>Words at the start of a sentence that move it away from the date its paragraph opened with.</summary>
    public static readonly string[] Sequence = ["之后", "此后", "随后", "后来", "其后", "如今", "目前", "现在", "当前", "此前", "之前", "早前", "过去", "未来", "今后", "早在"];

    /// <summary>Company name endings a catalog name may leave out (凯翼 + 汽车).</summary>
    public static readonly string[] NameEndings = ["汽车", "集团", "公司", "科技", "股份", "控股", "有限公司"];

    /// <summary>True when <paramref name="text"/> contains a word of <paramref name="words"/> not hidden in one of <paramref name="exceptions"/>.</summary>
    public static bool ContainsAny(ReadOnlySpan<char> text, string[] words, string[]? exceptions = null) => IndexOfAny(text, words, exceptions) >= 0;

    /// <summary>The position of the first word of <paramref name="words"/> in <paramref name="text"/> that is not part of an exception, or -1.</summary>
    public static int IndexOfAny(ReadOnlySpan<char> text, string[] words, string[]? exceptions = null)
    {
        var best = -1;
        foreach (var word in words)
        {
            var from = 0;
            while (from < text.Length)
            {
                var found = text[from..].IndexOf(word, StringComparison.Ordinal);
                if (found < 0)
                {
                    break;
                }

                var at = from + found;

                if (exceptions is null || !IsInside(text, at, word.Length, exceptions))
                {
                    if (best < 0 || at < best)
                    {
                        best = at;
                    }

                    break;
                }

                from = at + 1;
            }
        }

        return best;
    }

    /// <summary>True when the word at <paramref name="at"/> lies inside one of <paramref name="exceptions"/>.</summary>
    public static bool IsInside(ReadOnlySpan<char> text, int at, int length, string[] exceptions)
    {
        foreach (var exception in exceptions)
        {
            var from = Math.Max(0, at + length - exception.Length);
            var to = Math.Min(at, text.Length - exception.Length);
            for (var start = from; start <= to; start++)
            {
                if (text.Slice(start, exception.Length).SequenceEqual(exception))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="word"/> at <paramref name="at"/> lies inside one of <paramref name="exceptions"/> other than itself.</summary>
    public static bool IsInsideOther(ReadOnlySpan<char> text, int at, string word, string[] exceptions)
    {
        foreach (var exception in exceptions)
        {
            if (exception != word && IsInside(text, at, word.Length, [exception]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>True when <paramref name="text"/> starts with one of <paramref name="words"/>.</summary>
    public static bool StartsWithAny(ReadOnlySpan<char> text, string[] words)
    {
        foreach (var word in words)
        {
            if (text.StartsWith(word, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
