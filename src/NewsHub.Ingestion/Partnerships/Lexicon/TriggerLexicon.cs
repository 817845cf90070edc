using NewsHub.Ingestion.Partnerships.Text;

namespace NewsHub.Ingestion.Partnerships.Lexicon;

/// <summary>
/// The cooperation words that can link two companies, found by longest match, with the words that
/// contain them but mean something else (合作人, 供应链, 联合国) kept out.
/// </summary>
internal static class TriggerLexicon
{
    private const TriggerKind Mutual = TriggerKind.Mutual;
    private const TriggerKind Directed = TriggerKind.Directed;
    private const TriggerKind Relational = TriggerKind.Relational;
    private const TriggerStrength Weak = TriggerStrength.Weak;
    private const TriggerStrength Medium = TriggerStrength.Medium;
    private const TriggerStrength Strong = TriggerStrength.Strong;

    private static readonly Trigger[] Entries =
    [
        // Agreements and cooperation between two sides.
        new("战略合作", Mutual, PartnershipStage.Agreement, Strong),
        new("合作协议", Mutual, PartnershipStage.Agreement, Strong),
        new("合作伙伴关系", Mutual, PartnershipStage.Agreement, Strong),
        new("伙伴关系", Mutual, PartnershipStage.Agreement, Strong),
        new("达成合作", Mutual, PartnershipStage.Agreement, Strong),
        new("达成协议", Mutual, PartnershipStage.Agreement, Strong),
        new("达成共识", Mutual, PartnershipStage.Agreement, Medium),
        new("签署", Mutual, PartnershipStage.Agreement, Strong),
        new("签订", Mutual, PartnershipStage.Agreement, Strong),
        new("签约", Mutual, PartnershipStage.Agreement, Strong),
        new("签下", Mutual, PartnershipStage.Agreement, Strong),
        new("合作", Mutual, PartnershipStage.Agreement, Medium),
        new("协作", Mutual, PartnershipStage.Agreement, Medium),
        new("结盟", Mutual, PartnershipStage.Agreement, Strong),
        new("联盟", Mutual, PartnershipStage.Agreement, Medium),
        new("联姻", Mutual, PartnershipStage.Agreement, Medium),
        new("共同开发", Mutual, PartnershipStage.Agreement, Strong),
        new("共同研发", Mutual, PartnershipStage.Agreement, Strong),
        new("联合开发", Mutual, PartnershipStage.Agreement, Strong),
        new("联合研发", Mutual, PartnershipStage.Agreement, Strong),
        new("共同打造", Mutual, PartnershipStage.Agreement, Medium),
        new("联合打造", Mutual, PartnershipStage.Agreement, Medium),
        new("共同推出", Mutual, PartnershipStage.Agreement, Medium),
        new("联合推出", Mutual, PartnershipStage.Agreement, Medium),
        new("共同发布", Mutual, PartnershipStage.Agreement, Medium),
        new("联合发布", Mutual, PartnershipStage.Agreement, Medium),
        new("共建", Mutual, PartnershipStage.Agreement, Medium),
        new("共同建设", Mutual, PartnershipStage.Agreement, Medium),
        new("共同成立", Mutual, PartnershipStage.JointVenture, Strong),
        new("共同设立", Mutual, PartnershipStage.JointVenture, Strong),
        new("共同投资", Mutual, PartnershipStage.Investment, Strong),

        // Joint ventures and mergers.
        new("合资", Mutual, PartnershipStage.JointVenture, Strong),
        new("合营", Mutual, PartnershipStage.JointVenture, Strong),
        new("合并", Mutual, PartnershipStage.JointVenture, Medium),
        new("成立", Mutual, PartnershipStage.Agreement, Weak),
        new("组建", Mutual, PartnershipStage.Agreement, Weak),
        new("设立", Mutual, PartnershipStage.Agreement, Weak),

        // Talks.
        new("洽谈", Mutual, PartnershipStage.Talks, Medium),
        new("接洽", Mutual, PartnershipStage.Talks, Medium),
        new("磋商", Mutual, PartnershipStage.Talks, Medium),
        new("谈判", Mutual, PartnershipStage.Talks, Medium),
        new("商谈", Mutual, PartnershipStage.Talks, Medium),
        new("商讨", Mutual, PartnershipStage.Talks, Medium),
        new("会谈", Mutual, PartnershipStage.Talks, Weak),
        new("密会", Mutual, PartnershipStage.Talks, Weak),
        new("接触", Mutual, PartnershipStage.Talks, Weak),

        // One side teams up with, invests in or supplies the other.
        new("携手", Directed, PartnershipStage.Agreement, Medium),
        new("牵手", Directed, PartnershipStage.Agreement, Medium),
        new("联手", Directed, PartnershipStage.Agreement, Medium),
        new("联合", Directed, PartnershipStage.Agreement, Medium),
        new("加盟", Directed, PartnershipStage.Agreement, Weak),
        new("支持", Directed, PartnershipStage.Agreement, Weak),
        new("赋能", Directed, PartnershipStage.Supply, Weak),
        new("助力", Directed, PartnershipStage.Supply, Weak),
        new("投资", Directed, PartnershipStage.Investment, Medium),
        new("入股", Directed, PartnershipStage.Investment, Strong),
        new("注资", Directed, PartnershipStage.Investment, Strong),
        new("参股", Directed, PartnershipStage.Investment, Strong),
        new("控股", Directed, PartnershipStage.Investment, Medium),
        new("持股", Directed, PartnershipStage.Investment, Medium),
        new("收购", Directed, PartnershipStage.Investment, Strong),
        new("并购", Directed, PartnershipStage.Investment, Strong),
        new("领投", Directed, PartnershipStage.Investment, Strong),
        new("跟投", Directed, PartnershipStage.Investment, Strong),
        new("参投", Directed, PartnershipStage.Investment, Strong),
        new("增持", Directed, PartnershipStage.Investment, Medium),
        new("认购", Directed, PartnershipStage.Investment, Medium),
        new("出资", Directed, PartnershipStage.Investment, Medium),
        new("供应", Directed, PartnershipStage.Supply, Medium),
        new("供货", Directed, PartnershipStage.Supply, Medium),
        new("配套", Directed, PartnershipStage.Supply, Medium),
        new("搭载", Directed, PartnershipStage.Supply, Medium),
        new("配备", Directed, PartnershipStage.Supply, Medium),
        new("装配", Directed, PartnershipStage.Supply, Medium),
        new("装载", Directed, PartnershipStage.Supply, Medium),
        new("采购", Directed, PartnershipStage.Supply, Medium),
        new("定点", Directed, PartnershipStage.Supply, Medium),
        new("代工", Directed, PartnershipStage.Supply, Medium),
        new("提供", Directed, PartnershipStage.Supply, Weak),
        new("采用", Directed, PartnershipStage.Supply, Weak),
        new("使用", Directed, PartnershipStage.Supply, Weak),
        new("选用", Directed, PartnershipStage.Supply, Weak),
        new("选择", Directed, PartnershipStage.Supply, Weak),
        new("集成", Directed, PartnershipStage.Supply, Weak),
        new("接入", Directed, PartnershipStage.Supply, Weak),
        new("引入", Directed, PartnershipStage.Supply, Weak),
        new("授权", Directed, PartnershipStage.Supply, Weak),
        new("许可", Directed, PartnershipStage.Supply, Weak),
        new("利用", Directed, PartnershipStage.Supply, Weak),
        new("依靠", Directed, PartnershipStage.Supply, Weak),
        new("依赖", Directed, PartnershipStage.Supply, Weak),
        new("加持", Directed, PartnershipStage.Supply, Weak),

        // A carmaker's system merged with a supplier's model or platform (B宣布与A的大模型完成深度融合): a supply tie.
        // Weak, so it counts only where a sentence links two companies with it; as a noun (多传感器融合) it links none.
        new("融合", Directed, PartnershipStage.Supply, Weak),

        // A supplier's product reaching a carmaker's cars (A的方案上车B, 应用于B的车型, 已覆盖B、C等车企, B首发A的平台);
        // 应用 only as a verb, for as a noun (车载应用, 应用商店) it names software, not a tie.
        new("上车", Directed, PartnershipStage.Supply, Weak),
        new("应用于", Directed, PartnershipStage.Supply, Weak),
        new("应用到", Directed, PartnershipStage.Supply, Weak),
        new("应用在", Directed, PartnershipStage.Supply, Weak),
        new("应用了", Directed, PartnershipStage.Supply, Weak),
        new("覆盖", Directed, PartnershipStage.Supply, Weak),
        new("率先应用", Directed, PartnershipStage.Supply, Weak),
        new("首个应用", Directed, PartnershipStage.Supply, Weak),
        new("首家应用", Directed, PartnershipStage.Supply, Weak),
        new("首发", Directed, PartnershipStage.Supply, Weak),

        // Spoken forms of adopting (蔚来ET7用上了英伟达Orin芯片); and delivering to another (A向B交付首批系统), which links only
        // the one delivered to, never what is delivered (蔚来交付了1万辆新车).
        new("用上", Directed, PartnershipStage.Supply, Weak),
        new("首搭", Directed, PartnershipStage.Supply, Weak),
        new("标配", Directed, PartnershipStage.Supply, Weak),
        new("登陆", Directed, PartnershipStage.Supply, Weak),
        new("交付", Directed, PartnershipStage.Supply, Weak, BeneficiaryOnly: true),

        // A company born of another (毫末智行从长城孵化而来, 长城孵化的毫末智行): the parent holds it.
        new("孵化", Directed, PartnershipStage.Investment, Weak),

        // Backed by others (背靠百度和吉利的集度): the company described leans on them as shareholders or suppliers.
        new("背靠", Directed, PartnershipStage.Agreement, Weak),

        // Building on another's technology (借助A的技术，B……; B依托A的平台): also a preposition, and as a fronted
        // phrase its subject is the next clause's.
        new("借助", Directed, PartnershipStage.Supply, Weak),
        new("依托", Directed, PartnershipStage.Supply, Weak),
        new("部署", Directed, PartnershipStage.Supply, Weak),
        new("基于", Directed, PartnershipStage.Supply, Weak),
        new("运行在", Directed, PartnershipStage.Supply, Weak),
        new("订单", Directed, PartnershipStage.Supply, Weak),
        new("开发", Directed, PartnershipStage.Supply, Weak, BeneficiaryOnly: true),
        new("研发", Directed, PartnershipStage.Supply, Weak, BeneficiaryOnly: true),
        new("打造", Directed, PartnershipStage.Supply, Weak, BeneficiaryOnly: true),
        new("定制", Directed, PartnershipStage.Supply, Weak, BeneficiaryOnly: true),
        new("生产", Directed, PartnershipStage.Supply, Weak, BeneficiaryOnly: true),
        new("制造", Directed, PartnershipStage.Supply, Weak, BeneficiaryOnly: true),
        new("推出", Directed, PartnershipStage.Supply, Weak, BeneficiaryOnly: true),
        new("建设", Directed, PartnershipStage.Agreement, Weak, BeneficiaryOnly: true),
        new("建厂", Directed, PartnershipStage.Agreement, Weak, BeneficiaryOnly: true),

        // Relations of one company to others.
        new("合作伙伴", Relational, PartnershipStage.Agreement, Medium),
        new("战略伙伴", Relational, PartnershipStage.Agreement, Medium),
        new("合作方", Relational, PartnershipStage.Agreement, Medium),
        new("合作车企", Relational, PartnershipStage.Agreement, Medium),
        new("合作厂商", Relational, PartnershipStage.Agreement, Medium),
        new("伙伴", Relational, PartnershipStage.Agreement, Weak),
        new("客户", Relational, PartnershipStage.Supply, Medium),

        // Lists of a company's partners (B、C也在A的合作名单中): the owner's partners are who the list names.
        new("合作名单", Relational, PartnershipStage.Agreement, Medium),
        new("供应商名单", Relational, PartnershipStage.Supply, Medium),

        // The first car or carmaker to use a supplier's product (B成为A芯片的首发车型), and its first users.
        new("首发车型", Relational, PartnershipStage.Supply, Medium),
        new("首发量产车", Relational, PartnershipStage.Supply, Medium),
        new("首发车企", Relational, PartnershipStage.Supply, Medium),
        new("首发品牌", Relational, PartnershipStage.Supply, Medium),
        new("首发车", Relational, PartnershipStage.Supply, Medium),
        new("首搭车型", Relational, PartnershipStage.Supply, Medium),
        new("首批用户", Relational, PartnershipStage.Supply, Medium),
        new("供应商", Relational, PartnershipStage.Supply, Medium),
        new("供货商", Relational, PartnershipStage.Supply, Medium),
        new("大股东", Relational, PartnershipStage.Investment, Medium),
        new("股东", Relational, PartnershipStage.Investment, Medium),
        new("战略投资者", Relational, PartnershipStage.Investment, Medium),
        new("投资者", Relational, PartnershipStage.Investment, Medium),
        new("投资方", Relational, PartnershipStage.Investment, Medium),
        new("出资者", Relational, PartnershipStage.Investment, Medium),
        new("出资方", Relational, PartnershipStage.Investment, Medium),
        new("领投方", Relational, PartnershipStage.Investment, Strong),
        new("融资", Relational, PartnershipStage.Investment, Weak),
        new("股份", Relational, PartnershipStage.Investment, Weak),
        new("股权", Relational, PartnershipStage.Investment, Weak),
    ];

    /// <summary>
    /// Words that contain a cooperation word but say nothing about two companies teaming up; matched
    /// first, they hide the word inside them.
    /// </summary>
    private static readonly string[] NotTriggers =
    [
        "合作人", "合伙人", "合作社", "联合国", "联合创始人", "联合体育", "投资机构", "投资人", "投资者关系",
        "提供商", "服务商", "供应链", "供应问题", "使用者", "使用率", "客户端", "股东大会", "选择权", "支持者",
        "开发者", "开发板", "研发中心", "研发团队", "研发投入", "生产线", "生产力", "制造业", "制造商", "成立以来",
        "成立于", "合并报表", "控股子公司", "股份有限公司", "利用率", "部署于", "集成电路",
        "覆盖率", "覆盖面", "覆盖范围", "上车点", "孵化器", "孵化基地",
    ];

    /// <summary>
    /// The use words among the cooperation words: a company adopting what another makes (搭载, 采用), so a supplier
    /// announcing the adoption is the other side when no object follows (英伟达宣布理想将使用Thor).
    /// </summary>
    public static readonly HashSet<string> Adoption = ["搭载", "采用", "使用", "选用", "基于", "集成", "接入", "部署", "配备", "装载", "装配", "应用于", "应用到", "应用在", "应用了", "率先应用", "首个应用", "首家应用", "上车", "首发", "用上", "首搭", "标配", "登陆"];

    /// <summary>
    /// The relational nouns of a first user of another's product (B成为A芯片的首发量产车): when the product's maker is not
    /// named before the noun, an announcing supplier may be it (地平线宣布，理想成为征程5芯片的首发车型).
    /// </summary>
    public static readonly HashSet<string> FirstUse = ["首发车型", "首发量产车", "首发车企", "首发品牌", "首发车", "首搭车型", "首批用户"];

    private static readonly string[] NameSuffixes = ["有限", "集团", "公司", "股份", "控股"];

    // Find looks at every character of a clause: it consults only the words that start with it.
    private static readonly Dictionary<char, string[]> NotTriggersByFirstChar = NotTriggers
        .GroupBy(w => w[0])
        .ToDictionary(g => g.Key, g => g.ToArray());

    private static readonly Dictionary<char, Trigger[]> ByFirstChar = Entries
        .GroupBy(e => e.Word[0])
        .ToDictionary(g => g.Key, g => g.OrderByDescending(e => e.Word.Length).ToArray());

    /// <summary>
    /// Cooperation words in <paramref name="span"/> of the text, leftmost-longest, none inside a
    /// company name.
    /// </summary>
    public static List<TriggerMatch> Find(CompactText text, TextSpan span, IReadOnlyList<TextSpan> names)
    {
        var value = text.Value;
        var found = new List<TriggerMatch>();

        // Every character of the clause is checked against the names: only the few in the clause can
        // hold it, and an article may name companies hundreds of times.
        var namesInClause = NamesWithin(span, names);
        var i = span.Start;
        while (i < span.End)
        {
            if (InsideName(i, namesInClause))
            {
                i++;
                continue;
            }

            var hidden = NotTriggersByFirstChar.TryGetValue(value[i], out var words)
                ? Array.Find(words, w => i + w.Length <= span.End && string.CompareOrdinal(value, i, w, 0, w.Length) == 0)
                : null;
            if (hidden is not null)
            {
                i += hidden.Length;
                continue;
            }

            var entry = ByFirstChar.TryGetValue(value[i], out var candidates)
                ? Array.Find(candidates, e => i + e.Word.Length <= span.End && string.CompareOrdinal(value, i, e.Word, 0, e.Word.Length) == 0)
                : null;
            if (entry is null || IsPartOfName(value, i + entry.Word.Length, entry))
            {
                i++;
                continue;
            }

            found.Add(new TriggerMatch(entry, i, i + entry.Word.Length, StageInContext(value, entry, i + entry.Word.Length, span.End)));
            i += entry.Word.Length;
        }

        return found;
    }

    private static List<TextSpan> NamesWithin(TextSpan span, IReadOnlyList<TextSpan> names)
    {
        var within = new List<TextSpan>();
        foreach (var name in names)
        {
            if (name.Start < span.End && name.End > span.Start)
            {
                within.Add(name);
            }
        }

        return within;
    }

    private static bool InsideName(int position, List<TextSpan> names)
    {
        foreach (var name in names)
        {
            if (name.Contains(position))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary><c>……投资有限公司</c>, <c>……控股集团</c>: the end of a company name the catalog did not know.</summary>
    private static bool IsPartOfName(string value, int end, Trigger entry) =>
        entry.Stage != PartnershipStage.JointVenture
        && NameSuffixes.Any(s => string.CompareOrdinal(value, end, s, 0, s.Length) == 0);

    /// <summary><c>成立</c>, <c>组建</c> and <c>设立</c> found a joint venture when a company or venture is what they set up.</summary>
    private static PartnershipStage StageInContext(string value, Trigger entry, int end, int limit)
    {
        if (entry.Word is not ("成立" or "组建" or "设立"))
        {
            return entry.Stage;
        }

        var rest = value[end..Math.Min(limit, end + 24)];
        return rest.Contains("合资", StringComparison.Ordinal) || rest.Contains("公司", StringComparison.Ordinal) || rest.Contains("企业", StringComparison.Ordinal)
            ? PartnershipStage.JointVenture
            : entry.Stage;
    }
}
