using System.Buffers;
using System.Collections.Frozen;

namespace NewsHub.Ingestion.Companies.Discovery;

/// <summary>
/// The closed vocabularies company discovery reads: how Chinese business news shapes and introduces company
/// names in general. No company's name belongs here.
/// </summary>
internal static class DiscoveryWords
{
    /// <summary>Endings of a full legal name (木卫四科技有限公司): whatever stands before them is a company's name.</summary>
    public static readonly IReadOnlyList<string> LegalSuffixes =
        ["股份有限公司", "有限责任公司", "集团有限公司", "有限公司", "株式会社"];

    /// <summary>
    /// Business words that end a company's trade name (禾赛科技, 未势能源, 格兰德汽车), with the role they suggest.
    /// Longest first, so that 新能源 wins over 能源. Not 技术: after a name it is the company's technology or its
    /// tech department (X技术副总裁), and legal names drop it as a tail anyway.
    /// </summary>
    public static readonly IReadOnlyList<(string Word, CompanyRole Role)> NameSuffixes =
    [
        ("新能源汽车", CompanyRole.Carmaker), ("汽车集团", CompanyRole.Carmaker), ("智能驾驶", CompanyRole.Mobility),
        ("自动驾驶", CompanyRole.Mobility), ("微电子", CompanyRole.Tech), ("半导体", CompanyRole.Tech), ("机器人", CompanyRole.Tech),
        ("新能源", CompanyRole.Battery), ("汽车", CompanyRole.Carmaker), ("客车", CompanyRole.Carmaker), ("卡车", CompanyRole.Carmaker),
        ("电池", CompanyRole.Battery), ("锂电", CompanyRole.Battery), ("锂能", CompanyRole.Battery), ("储能", CompanyRole.Battery),
        ("能源", CompanyRole.Battery), ("动力", CompanyRole.Battery), ("氢能", CompanyRole.Battery),
        ("智行", CompanyRole.Mobility), ("出行", CompanyRole.Mobility), ("智驾", CompanyRole.Mobility),
        ("科技", CompanyRole.Tech), ("智能", CompanyRole.Tech), ("软件", CompanyRole.Tech), ("光电", CompanyRole.Tech),
        ("电子", CompanyRole.Tech), ("通信", CompanyRole.Tech), ("信息", CompanyRole.Tech),
        ("集团", CompanyRole.Other), ("股份", CompanyRole.Other), ("控股", CompanyRole.Other),
    ];

    /// <summary>
    /// Words that end a word naming a kind of company (自动驾驶|公司, 激光雷达|厂商, 初创|企业): a name right
    /// after it is that company's (芯片企业矽力杰, 自动驾驶公司Motional). Not 旗下: what a group holds is as
    /// often a brand, a model or a product (吉利旗下的帝豪, Meta旗下的Llama) as a company (旗下子公司X is).
    /// </summary>
    public static readonly IReadOnlyList<string> DescriptorHeads =
    [
        "公司", "企业", "厂商", "厂家", "供应商", "制造商", "服务商", "提供商", "运营商", "开发商", "经销商", "零售商",
        "巨头", "独角兽", "新势力", "车企", "主机厂", "整车厂", "初创", "子公司", "股东", "合作伙伴",
    ];

    /// <summary>
    /// The role of a word that is one of <see cref="NameSuffixes"/> as a whole, looked up in one step: discovery
    /// asks it of every word of every article.
    /// </summary>
    public static readonly FrozenDictionary<string, CompanyRole> NameSuffixRoles =
        NameSuffixes.DistinctBy(s => s.Word, StringComparer.Ordinal).ToFrozenDictionary(s => s.Word, s => s.Role, StringComparer.Ordinal);

    /// <summary>
    /// Whether <paramref name="word"/> ends with one of <see cref="DescriptorHeads"/>. Asked of every word of every
    /// article: a word whose last character ends no head is answered without comparing strings.
    /// </summary>
    public static bool EndsWithDescriptorHead(string word)
    {
        if (word.Length == 0 || !DescriptorHeadEnds.Contains(word[^1]))
        {
            return false;
        }

        foreach (var head in DescriptorHeads)
        {
            if (word.EndsWith(head, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    private static readonly SearchValues<char> DescriptorHeadEnds = SearchValues.Create([.. DescriptorHeads.Select(h => h[^1]).Distinct()]);

    /// <summary>Words that, before a descriptor head or in a name, tell the company's role (自动驾驶公司 → mobility).</summary>
    public static readonly IReadOnlyList<(string Word, CompanyRole Role)> RoleKeywords =
    [
        ("自动驾驶", CompanyRole.Mobility), ("无人驾驶", CompanyRole.Mobility), ("Robotaxi", CompanyRole.Mobility),
        ("出行", CompanyRole.Mobility), ("网约车", CompanyRole.Mobility), ("智驾", CompanyRole.Mobility),
        ("激光雷达", CompanyRole.Parts), ("零部件", CompanyRole.Parts), ("Tier", CompanyRole.Parts), ("汽车电子", CompanyRole.Parts),
        ("电池", CompanyRole.Battery), ("锂电", CompanyRole.Battery), ("储能", CompanyRole.Battery), ("氢能", CompanyRole.Battery),
        ("燃料电池", CompanyRole.Battery), ("车企", CompanyRole.Carmaker), ("主机厂", CompanyRole.Carmaker),
        ("整车厂", CompanyRole.Carmaker), ("汽车制造商", CompanyRole.Carmaker), ("造车", CompanyRole.Carmaker), ("新势力", CompanyRole.Carmaker),
        ("芯片", CompanyRole.Tech), ("半导体", CompanyRole.Tech), ("软件", CompanyRole.Tech), ("科技", CompanyRole.Tech),
        ("人工智能", CompanyRole.Tech), ("AI", CompanyRole.Tech), ("大模型", CompanyRole.Tech), ("机器人", CompanyRole.Tech),
        ("安全", CompanyRole.Tech), ("云", CompanyRole.Tech), ("地图", CompanyRole.Tech), ("互联网", CompanyRole.Tech),
    ];

    /// <summary>
    /// Words that make a company a financial party (特殊目的收购公司, 投资机构, Thrive Capital, 证券交易所): funds,
    /// banks, exchanges and investment vehicles are no industry actors, so discovery does not offer them as companies.
    /// </summary>
    public static readonly IReadOnlyList<string> FinancialWords =
    [
        "收购公司", "投资公司", "投资机构", "基金", "资本", "创投", "银行", "证券", "信托", "资管", "私募", "风投", "保险", "交易所",
        "Capital", "Ventures", "Partners", "Fund", "Advisors", "Management", "Bank", "Acquisition", "Investment", "Investments",
        "Exchange",
    ];

    /// <summary>
    /// Words right after a name that make it an event, a fair or a venue (IAA Mobility上, 车展期间): what happens at
    /// it is launched or shown there, it is no party to a deal. Read after 在 (在X上发布, 在X期间).
    /// </summary>
    public static readonly FrozenSet<string> EventFramesAfter = FrozenSet.ToFrozenSet(["上", "期间", "现场", "会上", "展台", "开幕", "举办", "举行"]);

    /// <summary>
    /// Words right after a name that make it an event or a field of technology, wherever it stands (具身智能领域,
    /// CES展会, X大会): a company never takes them.
    /// </summary>
    public static readonly FrozenSet<string> FieldOrEventCuesAfter = FrozenSet.ToFrozenSet(
        ["领域", "赛道", "行业", "产业", "概念", "板块", "展会", "博览会", "大会", "峰会", "论坛", "车展", "展览", "赛事", "联赛"]);

    /// <summary>
    /// Heads of organisations that are no companies (美国国防部高级研究计划局, 国际汽车工程师学会, 世界汽车组织): an
    /// abbreviation bracketed right after such a name (（DARPA）) is that body's, not a company's.
    /// </summary>
    public static readonly IReadOnlyList<string> NonCompanyBodyHeads =
    [
        "局", "部", "署", "厅", "委员会", "委", "办公室", "政府", "议会", "法院", "协会", "学会", "联合会", "联盟", "组织", "大学", "学院",
        "研究所", "实验室", "医院", "中心", "基金会", "联赛", "俱乐部", "球队", "部队",
    ];

    /// <summary>
    /// Titles of someone who leads a unit inside a company, not the company (英伟达…具身智能集团主管: the "group"
    /// is a team). After 集团 they make it a team's name.
    /// </summary>
    public static readonly FrozenSet<string> UnitLeaderTitles = FrozenSet.ToFrozenSet(["主管", "负责人", "总监", "经理", "组长", "研究员", "科学家"]);

    /// <summary>English words that make a Latin name a company's (Tower Semiconductor, Hedin Mobility), with the role they suggest.</summary>
    public static readonly FrozenDictionary<string, CompanyRole> LatinCompanyWords = new Dictionary<string, CompanyRole>(StringComparer.Ordinal)
    {
        ["Inc"] = CompanyRole.Other, ["Ltd"] = CompanyRole.Other, ["Corp"] = CompanyRole.Other, ["Corporation"] = CompanyRole.Other,
        ["Company"] = CompanyRole.Other, ["Group"] = CompanyRole.Other, ["Holdings"] = CompanyRole.Other, ["GmbH"] = CompanyRole.Other,
        ["AG"] = CompanyRole.Other, ["Engineering"] = CompanyRole.Other,
        ["Motors"] = CompanyRole.Carmaker, ["Motor"] = CompanyRole.Carmaker, ["Automotive"] = CompanyRole.Carmaker,
        ["Mobility"] = CompanyRole.Mobility, ["Drive"] = CompanyRole.Mobility,
        ["Materials"] = CompanyRole.Battery, ["Energy"] = CompanyRole.Battery, ["Battery"] = CompanyRole.Battery, ["Batteries"] = CompanyRole.Battery,
        ["Semiconductor"] = CompanyRole.Tech, ["Semiconductors"] = CompanyRole.Tech, ["Technologies"] = CompanyRole.Tech,
        ["Technology"] = CompanyRole.Tech, ["Robotics"] = CompanyRole.Tech, ["Labs"] = CompanyRole.Tech,
        ["Software"] = CompanyRole.Tech, ["Networks"] = CompanyRole.Tech,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    /// <summary>
    /// Latin words that are never a company's name: tech terms, units, standards, job titles, vehicle classes
    /// and the like, which news writes in capitals (AI, OTA, SUV, CEO, ISO, LiDAR). Compared case-insensitively.
    /// </summary>
    public static readonly FrozenSet<string> LatinNonNames = FrozenSet.ToFrozenSet(
    [
        "AI", "AIGC", "AGI", "LLM", "GPT", "GPU", "CPU", "NPU", "TPU", "SoC", "MCU", "ECU", "DCU", "OTA", "FOTA", "ADAS", "ADS", "NOA",
        "NGP", "NOP", "AEB", "ACC", "LCC", "APA", "AVP", "HUD", "AR", "VR", "XR", "MR", "UI", "UX", "OS", "App", "APP", "API", "SDK",
        "IT", "ICT", "IoT", "V2X", "LiDAR", "Lidar", "Radar", "SUV", "MPV", "EV", "BEV", "PHEV", "HEV", "REEV", "EREV", "ICE", "NEV",
        "CEO", "CTO", "CFO", "COO", "CIO", "CMO", "VP", "PR", "HR", "IPO", "PE", "VC", "GDP", "KPI", "ROI", "B2B", "B2C", "SaaS",
        "PaaS", "IaaS", "ISO", "SAE", "IEEE", "GB", "CE", "UN", "EU", "USA", "US", "UK", "WiFi", "Wi-Fi", "GPS", "USB", "LED",
        "OLED", "LCD", "DNA", "CES", "MWC", "Robotaxi", "Robobus", "Robovan", "Tier", "Beta", "Pro", "Max", "Plus", "Ultra", "Mini",
        "Air", "Lite", "Copilot", "Agent", "Chat", "Cloud", "Smart", "Auto", "Model", "The", "A", "An", "Hi", "OK", "PDF", "Word",
        "Excel", "Windows", "Android", "Linux", "Python", "Java", "Web", "Internet", "Online", "Digital", "Data", "Open", "New",
        "RMB", "USD", "EUR", "CNY", "kWh", "km", "kW", "MW", "GW", "GWh", "TOPS", "FPS", "Hz", "CVE", "SOC", "SOME", "CAN",
        "TCP", "IP", "HTTP", "HTTPS", "URL", "SQL", "RAM", "ROM", "SSD", "NFC", "UWB", "BLE", "PTC", "TSP", "TBOX", "T-Box",
        "RISC-V", "x86", "Chat", "GPT",
    ], StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// Words right after a name that make it a company (Nuro公司, Anthropic创始人, Motional股价): what only a
    /// company has. Words people share with companies (宣布, 表示) are not among them.
    /// </summary>
    public static readonly FrozenSet<string> CompanyCuesAfterLatin = FrozenSet.ToFrozenSet(
    [
        "公司", "集团", "旗下", "创始人", "联合创始人", "首席执行官", "CEO", "总裁", "董事长", "发言人",
        "股价", "市值", "估值", "融资", "母公司", "子公司", "高管", "总部", "总经理", "副总经理", "副董事长", "合伙人",
    ]);

    /// <summary>Words before a Latin name that make it a person's (CEO Jim Farley, 创始人Elon Musk).</summary>
    public static readonly FrozenSet<string> PersonTitlesBefore = FrozenSet.ToFrozenSet(
    [
        "CEO", "CTO", "CFO", "COO", "首席执行官", "创始人", "联合创始人", "总裁", "董事长", "负责人", "副总裁", "研究员", "分析师",
        "工程师", "教授", "博士", "先生", "女士", "记者", "主席", "总监", "经理", "作者", "用户", "网友", "员工", "律师", "法官",
    ]);

    /// <summary>Words right after a name that make it a product or a technology, not its maker (Orin芯片, Apollo平台).</summary>
    public static readonly FrozenSet<string> ProductCuesAfter = FrozenSet.ToFrozenSet(
    [
        "系统", "平台", "芯片", "车型", "大模型", "模型", "系列", "版本", "功能", "方案", "应用", "操作系统", "架构", "协议", "标准",
        "算法", "软件", "产品", "车", "手机", "接口", "技术", "框架", "工具", "服务", "漏洞", "语言", "引擎", "项目", "业务",
    ]);

    /// <summary>Words that bring in a deal's party right before a name (与Nuro合作, 收购Redwood).</summary>
    public static readonly FrozenSet<string> DealPartyBefore = FrozenSet.ToFrozenSet(
    [
        "与", "同", "携手", "联手", "牵手", "收购", "并购", "投资", "入股", "领投", "注资", "控股", "战略投资",
    ]);

    /// <summary>
    /// What may follow a name of two everyday words after a descriptor (航天公司蓝色起源|宣布, 物流企业红色海湾|与比亚迪):
    /// the verbs and adverbs that open what a company does. Not 的 or a noun: 科技公司核心团队的, 车企高端品牌表示.
    /// </summary>
    public static readonly FrozenSet<string> EverydayNameFollowers = FrozenSet.ToFrozenSet(
    [
        "宣布", "与", "同", "携手", "联手", "牵手", "将", "已", "已经", "正式", "近日", "日前", "此前", "今年", "去年", "获得", "完成",
        "推出", "发布", "签署", "签约", "成立", "于", "计划", "拟", "成为",
    ]);

    /// <summary>
    /// Words that end a phrase about a company's people, parts or output (核心团队, 相关部门, 高端品牌, 主力车型): after a
    /// descriptor they describe the company already named, they do not name another.
    /// </summary>
    public static readonly FrozenSet<string> PhraseTails = FrozenSet.ToFrozenSet(
    [
        "团队", "部门", "人员", "员工", "高管", "成员", "专家", "人士", "代表", "领导", "股东", "客户", "用户", "伙伴", "对手",
        "品牌", "产品", "车型", "业务", "项目", "工厂", "基地", "总部", "中心", "研究院", "实验室", "方面", "内部", "董事会",
        "市场", "技术", "方案", "平台", "系统", "芯片", "股价", "市值", "估值",
    ]);

    /// <summary>Verbs of supplying or making that, after 由 and a name, make it the maker (由X提供, 由X代工).</summary>
    public static readonly IReadOnlyList<string> MakerVerbs = ["提供", "供应", "供货", "配套", "生产", "制造", "代工", "打造", "研发", "开发"];

    /// <summary>Cooperation words that complete <see cref="DealPartyBefore"/> in the same clause (与Nuro达成合作).</summary>
    public static readonly IReadOnlyList<string> DealWords =
    [
        "合作", "签署", "签约", "签订", "达成", "携手", "联手", "合资", "入股", "投资", "收购", "并购", "供货", "供应", "采购", "定点", "联合",
    ];

    /// <summary>
    /// Words around an outlet's name that make it the source of the news, not a company in it (据新浪科技报道,
    /// 网易科技讯, 来源：凤凰网科技).
    /// </summary>
    public static readonly FrozenSet<string> SourceCuesBefore = FrozenSet.ToFrozenSet(["来源", "来自", "转自", "转载", "出处", "图源", "图片来源", "消息来源", "信息来源", "资料来源", "数据来源"]);

    /// <summary>See <see cref="SourceCuesBefore"/>.</summary>
    public static readonly FrozenSet<string> SourceCuesAfter = FrozenSet.ToFrozenSet(
        ["报道", "讯", "消息", "记者", "获悉", "独家", "援引", "报导", "频道", "专栏", "原创", "作者", "编辑", "出品", "注意到", "了解到"]);

    /// <summary>
    /// Verbs that end the walk back over a full legal name: the name starts after them (携手|北京木卫四科技有限公司).
    /// Naming verbs among them (命名|光束汽车有限公司, 更名为|…): jieba's dictionary takes some for nouns.
    /// </summary>
    public static readonly FrozenSet<string> LegalNameStops = FrozenSet.ToFrozenSet(
    [
        "宣布", "携手", "联手", "牵手", "收购", "并购", "投资", "入股", "签约", "签署", "合作", "成立", "达成", "获得", "完成", "发布",
        "表示", "称", "是", "为", "由", "包括", "推出", "控股", "参股", "注册", "设立", "持有", "出资", "旗下", "作为",
        "担任", "辞任", "出任", "兼任", "现任", "任职", "加入", "离开", "入职", "供职",
        "命名", "取名", "定名", "更名", "改名", "名为", "叫做", "称为", "简称", "全称", "即",
    ]);
}
