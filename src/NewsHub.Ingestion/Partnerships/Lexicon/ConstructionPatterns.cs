using System.Text.RegularExpressions;

namespace NewsHub.Ingestion.Partnerships.Lexicon;

/// <summary>
/// The patterns by which constructions recognise the stretch of text between two of their parts, compiled at build
/// time. Each names the construction that reads it; the partner words come from <see cref="GrammarWords"/>.
/// </summary>
internal static partial class ConstructionPatterns
{
    /// <summary>Announcer: only an announcing verb, perhaps after a time word, between a company and the next one (宣布，/ 今日表示：).</summary>
    [GeneratedRegex("^[^，,。；;：:]{0,6}?(?:宣布|表示|透露|介绍|指出|称)[，,：:]?$")]
    public static partial Regex AnnouncingGap();

    /// <summary>Joint creation: the end of a description of a company by its kind (……的造车企业, ……的合资公司), not of a product (……的首款车型).</summary>
    [GeneratedRegex("的[^，,。；;：:的]{0,8}(?:企业|公司|品牌|车企|厂商|新势力)$")]
    public static partial Regex CompanyKindEnd();

    /// <summary>Adopter list: the end of a clause naming adopters by their kind (……芯片的厂商, ……平台的车企).</summary>
    [GeneratedRegex("^[^，,。；;：:的]{0,12}的(?:厂商|车企|主机厂|汽车品牌|品牌|车型|客户|企业)$")]
    public static partial Regex AdopterKindEnd();

    /// <summary>Adopter list: what opens the list of adopters in the next clause (中国厂商有, 包括, 国内有).</summary>
    [GeneratedRegex("^(?:[^，,。；;：:的]{0,6}?(?:有|包括|包含|涵盖|如|为|是)|包括|有|如|其中)[：:]?$")]
    public static partial Regex AdopterListOpening();

    /// <summary>Unnamed partners: a partner word before companies it does not name (与多家车企, 和几家主机厂, 同一些科技公司).</summary>
    [GeneratedRegex("[" + GrammarWords.PartnerChars + "][^，,。；;" + GrammarWords.PartnerChars + "]{0,10}(?:车企|企业|公司|厂商|厂家|主机厂|品牌|供应商|伙伴)")]
    public static partial Regex UnnamedPartners();

    /// <summary>Provenance: 的 + a short noun phrase of goods (no clause break, verb or second 的), perhaps with 均/都/主要 and a negation.</summary>
    [GeneratedRegex("^(?:旗下)?(?:[^，,。；;：:的" + GrammarWords.PartnerChars + "]{0,8}的)?(?<goods>[^，,。；;：:的" + GrammarWords.PartnerChars + "是为将把被]{1,12}?)(?:均|都|全部|主要|大多|大部分|也|则|仍|目前)?(?<not>并非|不是|并不|不|非)?$")]
    public static partial Regex GoodsGap();

    /// <summary>Subject position: time words, adverbs, datelines and brackets that may stand before a clause's subject.</summary>
    [GeneratedRegex(
        "[0-9]{1,4}年|[0-9]{1,2}月份?|[0-9]{1,2}[日号]|[一二三四五六七八九十]{1,3}月份?|[今去明前当同]年|年[初底中末]|[上下]半年|[上本]月|[上本]周"
        + "|近日|日前|近期|最近|此前|之前|早前|早在|目前|当前|现在|如今|此外|另外|与此同时|同时|然而|但是|不过|其中|随后|之后|此后|后来"
        + "|并且|已经|正在|比如|例如|譬如|诸如|据悉|据了解|对此|当时|此次|这次|本次|首先|其次|最终|因此|所以|另一方面|一方面"
        + "|北京时间|当地时间|消息|上午|下午|晚间|早间|凌晨|(?:周|星期)[一二三四五六日天]|第[一二三四五六七八九十]"
        + "|[而但并且也还又就都已正晚早]|[，,、 ■●▲◆①②③④⑤⑥⑦⑧⑨⑩]|[（(][^）)]*[）)]")]
    public static partial Regex SubjectOpener();
}
