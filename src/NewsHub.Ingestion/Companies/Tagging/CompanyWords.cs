using System.Collections.Frozen;

namespace NewsHub.Ingestion.Companies.Tagging;

/// <summary>
/// The small, closed vocabularies the tagger's context rules use. They are about how Chinese business
/// news writes about companies in general, not about any one company or article.
/// </summary>
internal static class CompanyWords
{
    /// <summary>
    /// Words that make up the rest of a company's full name after its short name: 比亚迪|股份有限公司,
    /// 大众汽车|（中国）投资有限公司. A jieba word that is a catalog name plus such a tail (华为公司) still
    /// names the company, and the text between a name and an alias declaration must be made of them.
    /// </summary>
    public static readonly FrozenSet<string> NameTails = FrozenSet.ToFrozenSet(
    [
        "公司", "有限公司", "有限责任公司", "股份有限公司", "股份公司", "有限", "责任", "股份", "集团", "控股", "控股集团",
        "汽车", "乘用车", "商用车", "自动车", "新能源", "能源", "动力", "电池", "科技", "技术", "电子", "电器", "智能",
        "网络", "软件", "信息", "数字", "工业", "实业", "制造", "销售", "服务", "投资", "资本", "基金", "管理", "国际",
        "中国", "（中国）", "(中国)", "研究院", "株式会社", "商事", "企业", "合伙企业", "（有限合伙）", "(有限合伙)",
        "出行", "云", "云计算", "系统", "发展", "创新", "材料", "锂能", "锂业", "精密", "机器人", "半导体", "通讯", "通信",
    ]);

    /// <summary>
    /// Words that, right after an everyday-sounding name, show it is the company that is meant: its
    /// legal or business form (长安汽车, 小米集团), its people and figures (苹果CEO, 理想销量), or what a
    /// company does or says (东风发布, 苹果宣布, 联想方面表示, 小米此前公布, 理想将), or its products (小米手环).
    /// A cue may be two jieba words (在|其).
    /// </summary>
    public static readonly FrozenSet<string> CompanyCuesAfter = FrozenSet.ToFrozenSet(
    [
        "汽车", "集团", "公司", "股份", "控股", "品牌", "车企", "旗下", "官方", "官网",
        "董事长", "总裁", "副总裁", "CEO", "首席执行官", "创始人", "联合创始人", "高管", "发言人", "掌门人", "总经理",
        "股价", "市值", "财报", "营收", "销量", "股东", "门店", "工厂", "车型", "新车", "电动车", "汽车品牌",
        "手机", "手表", "手环", "平板", "电脑", "笔记本", "耳机", "电视", "音箱",
        "发布", "发布会", "宣布", "推出", "公布", "回应", "收购", "入股", "携手", "联手", "牵手", "签约", "签署",
        "交付", "召回", "量产", "起诉", "官宣", "声明", "否认", "证实", "首款", "全系",
        "表示", "透露", "宣称", "回应称", "公告", "方面", "相关人士", "内部人士", "高层", "高级副总裁", "事业部", "事业群",
        "部门", "团队", "总部", "此前", "近日", "日前", "今年", "去年", "明年", "计划", "预计", "将", "于",

        // What companies do as the subject of business news (地平线获得…融资, 大众领投, 零跑在其新车上…).
        "获得", "领投", "跟投", "注资", "拿下", "斩获", "在其", "与其", "上市", "退市", "挂牌", "分析师",
    ]);

    /// <summary>
    /// Words that, right before an everyday-sounding name, show it is a company: its country (德国大众,
    /// 美国通用), what kind of company it is (车企理想, 科技巨头苹果, 合作伙伴长安), or a deal whose object
    /// can only be a company (领投地平线, 入股理想, 收购远程, 战略|投资理想: a cue may be two jieba words).
    /// </summary>
    public static readonly FrozenSet<string> CompanyCuesBefore = FrozenSet.ToFrozenSet(
    [
        "美国", "德国", "日本", "韩国", "法国", "英国", "意大利", "瑞典", "荷兰", "美系", "德系", "日系", "韩系", "法系",
        "车企", "厂商", "汽车厂商", "主机厂", "车厂", "整车厂", "巨头", "科技巨头", "新势力", "造车新势力", "供应商",
        "制造商", "服务商", "提供商", "运营商", "开发商",
        "友商", "对手", "竞争对手", "合作伙伴", "合作方", "品牌", "公司", "企业", "初创公司", "科技公司", "芯片公司", "母公司", "子公司", "股东", "客户", "投资方",

        // Not 投资 (投资大众 is also "the investing public") nor 向 (向理想迈进).
        "领投", "跟投", "入股", "注资", "参股", "增持", "减持", "收购", "并购", "战略投资",
    ]);

    /// <summary>
    /// Prepositions that, with a <see cref="DealVerbs">deal verb</see> right after the name, make the name the
    /// other side of a deal (与|理想|合作, 为|大众|配套, 向|地平线|投资, 对|长城|增资).
    /// </summary>
    public static readonly FrozenSet<string> DealPrepositions = FrozenSet.ToFrozenSet(["与", "和", "同", "跟", "向", "对", "为"]);

    /// <summary>
    /// The verbs of a deal that complete <see cref="DealPrepositions"/>. Not 提供 nor 服务: 为大众提供服务 serves
    /// the public.
    /// </summary>
    public static readonly FrozenSet<string> DealVerbs = FrozenSet.ToFrozenSet(
    [
        "合作", "签约", "签署", "签订", "达成", "携手", "联手", "合资", "成立", "组建", "共建", "共同开发", "联合开发",
        "供货", "供应", "配套", "定点", "投资", "注资", "增资", "入股", "战略投资", "追加投资",
    ]);

    /// <summary>
    /// What a company owns or makes, after X|的 (江淮的工厂, 地平线的芯片, 大众的合资公司): only a company has
    /// these, while 理想的状态 and 大众的需求 stay everyday words.
    /// </summary>
    public static readonly FrozenSet<string> OwnedByCompanies = FrozenSet.ToFrozenSet(
    [
        "工厂", "生产基地", "基地", "研发中心", "总部", "车型", "新车", "电动车", "芯片", "电池", "订单", "供应商", "客户",
        "合资公司", "子公司", "母公司", "股东", "股份", "股权", "股价", "市值", "财报", "营收", "销量", "门店", "经销商",
        "董事长", "总裁", "CEO", "创始人", "高管", "发言人", "员工", "投资", "融资", "估值", "智驾", "座舱", "平台",
    ]);

    /// <summary>
    /// Words that, right before a name, show the everyday word is meant: degree and negation (最理想,
    /// 不理想, 更现代), counting (一个苹果) and a region (欧洲大陆).
    /// </summary>
    public static readonly FrozenSet<string> CommonSenseBefore = FrozenSet.ToFrozenSet(
    [
        "很", "最", "更", "更加", "太", "不", "不太", "不够", "并不", "较", "较为", "比较", "非常", "十分", "极其", "极为",
        "相当", "颇", "颇为", "挺", "越来越", "最为", "特别", "尤为", "如此", "这么", "那么", "多么", "还算", "过于",
        "一个", "一种", "一颗", "一斤", "一碗", "一袋", "一口", "一片", "几个",

        // A region makes a place or another company of the same name (欧洲大陆, 中国大陆, 中国通用技术).
        "中国", "欧洲", "亚洲", "非洲", "美洲", "北美", "南美", "澳洲",
    ]);

    /// <summary>
    /// Measure words that bind what follows X|的 to themselves rather than to X (一款理想的车型 is an ideal
    /// model), so the owner reading does not apply after them; 一辆小米SU7 still counts by its model code.
    /// </summary>
    public static readonly FrozenSet<string> MeasureWords = FrozenSet.ToFrozenSet(["一款", "一辆", "一台", "一部", "一家", "一个", "这款", "那款"]);

    /// <summary>
    /// What a company does, as the verb of a subject a <see cref="SubjectAdverbs">subject adverb</see> or a
    /// place (在|港交所, 在|泰国) may stand before (地平线|也|发布, 大众|已经|宣布, 长城|在|泰国|建厂). Narrower
    /// than <see cref="CompanyCuesAfter"/>: 理想也将实现 speaks of an ideal.
    /// </summary>
    public static readonly FrozenSet<string> CompanyVerbs = FrozenSet.ToFrozenSet(
    [
        "发布", "宣布", "推出", "公布", "官宣", "回应", "收购", "入股", "领投", "跟投", "注资", "签约", "签署", "交付",
        "召回", "量产", "上市", "退市", "挂牌", "建厂", "投产", "获得", "拿下", "斩获", "携手", "联手", "牵手", "否认",
        "证实", "起诉",
    ]);

    /// <summary>Adverbs that stand between a company and its verb (也, 已经, 正式, 再次, 近日).</summary>
    public static readonly FrozenSet<string> SubjectAdverbs = FrozenSet.ToFrozenSet(
    [
        "也", "还", "又", "已", "已经", "正式", "再次", "首次", "同时", "随后", "率先", "近日", "日前", "今日", "昨日",
        "今天", "昨天", "刚刚", "此前", "曾",
    ]);

    /// <summary>
    /// Words that, right after a name opening a clause, make it the clause's subject set against another
    /// (…；理想则在…, ，大众则考虑…): news sets companies against companies this way.
    /// </summary>
    public static readonly FrozenSet<string> ContrastiveSubjectAfter = FrozenSet.ToFrozenSet(["则"]);

    /// <summary>
    /// Copulas that, after <see cref="ContrastiveSubjectAfter"/>, make the clause a statement about the word
    /// rather than news about a company (现实很骨感，理想则是另一回事).
    /// </summary>
    public static readonly FrozenSet<string> Copulas = FrozenSet.ToFrozenSet(["是", "为", "乃", "意味着", "成为"]);

    /// <summary>Words that, right after a name, show the everyday word is meant (理想主义, 通用性, 现代社会).</summary>
    public static readonly FrozenSet<string> CommonSenseAfter = FrozenSet.ToFrozenSet(
    [
        "化", "性", "型", "式", "主义", "状态", "社会", "生活", "文明", "意义", "中的",
    ]);

    /// <summary>
    /// Common surnames that are not also everyday function words (于, 向, 高, 马, 万 and the like are left
    /// out): a lone one right before a two-character name makes it a person's given name (何小鹏).
    /// </summary>
    public static readonly FrozenSet<char> Surnames = FrozenSet.ToFrozenSet(
        "何李王张刘陈杨黄赵吴周徐孙朱胡郭林罗梁宋郑谢唐冯董萧曹袁邓许傅沈彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田姜范谭廖邹熊陆郝孔崔康毛邱秦史顾侯邵孟汤尹黎龚");

    /// <summary>Words that join the items of a list of companies (蔚来、小鹏和理想).</summary>
    public static readonly FrozenSet<string> ListJoiners = FrozenSet.ToFrozenSet(
    [
        "、", "和", "与", "及", "以及", "跟", "同", "或", "或者", "及其", "/", "&",
    ]);
}
