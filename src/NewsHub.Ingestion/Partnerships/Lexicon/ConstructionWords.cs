namespace NewsHub.Ingestion.Partnerships.Lexicon;

/// <summary>
/// The words by which the linker's constructions (<see cref="Linking.Rules.LinkRules"/>) recognise themselves, grouped by
/// the construction that reads them. Cooperation words are in <see cref="TriggerLexicon"/>, the small words every
/// construction shares in <see cref="Cues"/> and <see cref="GrammarWords"/>; no list here names a company.
/// </summary>
internal static class ConstructionWords
{
    /// <summary>Opens a clause that goes on with the list of the clause before (……等主机厂，以及中石化等).</summary>
    public const string ListContinuation = "以及";

    /// <summary>Words that open a clause setting up a comparison (与其它车企不同，……; 相比……).</summary>
    public static readonly string[] ComparingOpeners = ["相比", "较之", "对比", "不同于", "区别于", "就如同", "如同", "正如", "就像", "好比"];

    /// <summary>Copulas between a company and the relation it is named as (<c>B成为A的供应商</c>).</summary>
    public static readonly string[] Copulas = ["成为", "作为", "担任", "是", "为", "被"];

    /// <summary>Words containing 其 that are no possessive pronoun (其他, 尤其).</summary>
    public static readonly string[] NotPossessivePronoun = ["其他", "其中", "其实", "尤其", "极其", "与其", "其余", "其次", "其后", "其它"];

    /// <summary>Words containing 获 that are no receiving verb of the funding kind (获悉, 获奖), or are one counted on its own (获得).</summary>
    public static readonly string[] ReceiveLookalikes = ["获悉", "获批", "获奖", "获取", "获得", "捕获", "收获"];

    /// <summary>How a dateline ends before the subject (IT之家4月25日消息, 新华网上海5月10日电).</summary>
    public static readonly string[] DatelineEnds = ["消息", "日电", "日讯"];

    /// <summary>Adverbs a clause may open with before it goes on with a list (<c>，其中包括……</c>, <c>，还有……</c>).</summary>
    public static readonly string[] ListLeadIns = ["其中", "还", "也", "又", "既", "并", "则", "主要", "分别", "目前", "已"];

    /// <summary>Words that make what a sentence tells a statement of many parties (an initiative, an alliance, attendance).</summary>
    public static readonly string[] ManyPartyStatement =
    [
        "倡议", "宣言", "公约", "承诺书", "自律", "联盟", "行业标准", "团体标准", "国家标准", "标准制定", "制定标准", "工作组",
        "成员单位", "会员单位", "理事单位", "发起单位", "成员企业", "首批成员", "参会", "出席", "参展", "与会", "展商",
    ];

    /// <summary>The word of provenance (<c>A的电池来自B</c>).</summary>
    public const string Provenance = "来自";

    /// <summary>Parts and products a carmaker buys in: only goods that come from another make it a supplier.</summary>
    public static readonly string[] Goods =
    [
        "电池", "电芯", "芯片", "系统", "方案", "技术", "平台", "座舱", "屏幕", "显示屏", "雷达", "传感器", "摄像头", "电机", "电驱",
        "零部件", "部件", "配件", "底盘", "车身", "软件", "算法", "模型", "地图", "轮胎", "玻璃", "座椅", "材料", "正极", "负极",
        "隔膜", "电解液", "域控", "控制器", "计算平台", "动力总成", "发动机", "变速箱",
    ];

    /// <summary>Earlier product: verbs by which a company brings out a product of its own (英伟达发布了Thor芯片).</summary>
    public static readonly string[] Launch = ["发布", "推出", "亮相", "首秀", "量产", "研发出", "开发出", "展示了", "面世"];

    /// <summary>
    /// Earlier product: words right after an adoption verb that point back to a product already named (搭载该芯片,
    /// 采用这款电池, 首发此系统); 其 only there, where it stands for the product's maker, not the adopter's own (在其车型上).
    /// </summary>
    public static readonly string[] ProductReference = ["该", "这款", "这一", "这套", "这颗", "这种", "这项", "此款", "此项", "此", "上述", "其"];

    /// <summary>Earlier product: words that may stand between an adoption verb and its pointer (搭载了该芯片, 采用上该方案).</summary>
    public static readonly string[] AspectMarkers = ["了", "上", "的是"];
}
