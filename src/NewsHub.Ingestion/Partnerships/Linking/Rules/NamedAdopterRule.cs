using System.Text.RegularExpressions;
using NewsHub.Ingestion.Partnerships.Lexicon;

namespace NewsHub.Ingestion.Partnerships.Linking.Rules;

/// <summary>
/// <c>首发高通8295芯片的车型是零跑C11</c>, <c>搭载英伟达芯片的首款车为理想L9</c>: an adoption word without a subject, whose
/// clause names the kind of adopter (……的车型, ……的车企) and then, after a copula, the adopter itself. The adopter is
/// the partner of the company whose product was adopted, named right after the word.
/// </summary>
/// <remarks>
/// The copula is what keeps this apart from <see cref="RelativeHeadRule"/>, whose head follows the 的 at once. Only
/// for a kind that is an adopter (车型, 车企, 品牌, 客户): <c>采用华为方案的原因是成本</c> names none.
/// </remarks>
internal sealed partial class NamedAdopterRule(PairLinker linker) : SubjectRule
{
    public override SubjectOutcome TryFind(TriggerReading reading, List<PairLink> links)
    {
        if (!TriggerLexicon.Adoption.Contains(reading.Trigger.Trigger.Word))
        {
            return SubjectOutcome.NotFound;
        }

        foreach (var unit in reading.Right)
        {
            var gap = linker.Text.Slice(reading.Trigger.End, unit.Start);
            var of = gap.LastIndexOf('的');
            // 为 after the kind is the copula here (首款车为B), not the preposition it would be before a verb.
            var copulaRead = unit.Relation == UnitRelation.None || (unit.Relation == UnitRelation.Beneficiary && gap.EndsWith("为", StringComparison.Ordinal));
            if (!copulaRead || of < 0 || !AdopterKindAndCopula().IsMatch(gap[(of + 1)..].ToString())
                || !reading.Right.Any(u => u.End <= reading.Trigger.End + of))
            {
                continue;
            }

            reading.Objects = [.. reading.Objects.Where(u => u.End <= unit.Start && u != unit)];
            reading.Subject = unit;
            reading.Source = SubjectSource.RelativeHead;
            return SubjectOutcome.Found;
        }

        return SubjectOutcome.NotFound;
    }

    /// <summary>A kind of adopter, perhaps with 首款/首批/第一款 before it, then a copula (车型是, 首款车为, 首批客户包括).</summary>
    [GeneratedRegex("^(?:首款|首批|首个|首家|第一款|第一家|量产)?(?:车型|车|车企|品牌|客户|厂商|主机厂)(?:是|为|包括|有)$")]
    private static partial Regex AdopterKindAndCopula();
}
