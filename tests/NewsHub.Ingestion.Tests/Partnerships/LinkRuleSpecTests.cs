using NewsHub.Ingestion.Partnerships;
using NewsHub.Ingestion.Partnerships.Linking;
using NewsHub.Ingestion.Partnerships.Linking.Rules;
using NewsHub.Ingestion.Partnerships.Text;
using static NewsHub.Ingestion.Tests.Partnerships.Mentions;

namespace NewsHub.Ingestion.Tests.Partnerships;

/// <summary>
/// Runs the spec of every registered linker rule example by example, as markdig runs its generated spec tests: each
/// invented sentence is one test named after its rule and number (<c>Rule_example(example: "Announcer_Example_003")</c>).
/// </summary>
public sealed class LinkRuleSpecTests
{
    private static readonly DateTimeOffset Published = new(2025, 6, 12, 9, 0, 0, TimeSpan.FromHours(8));

    public static TheoryData<string> Examples => [.. LinkRuleSpecs.Examples.Keys.Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Examples))]
    public void Rule_example(string example)
    {
        var (_, rule, spec) = LinkRuleSpecs.Examples[example];
        var companies = LinkRuleSpecs.Companies.Select(c => (c.Name, c.Group, c.Role)).ToArray();
        var findings = PartnershipFinder.Find(spec.Text, In(spec.Text, companies), Published);

        var pairs = findings.Select(f => PairKey(f.CompanyA.Group, f.CompanyB.Group)).Distinct().Order(StringComparer.Ordinal).ToList();
        var expected = spec.Pairs.Select(p => p.Split('-') is [var a, var b] ? PairKey(a, b) : throw new InvalidDataException($"{example}: pair '{p}' is not two groups joined by '-'."))
            .Order(StringComparer.Ordinal).ToList();
        Assert.True(expected.SequenceEqual(pairs),
            $"{example} ({rule}{(spec.Why is null ? "" : ": " + spec.Why)})\n  text:     {spec.Text}\n  expected: [{string.Join(", ", expected)}]\n  found:    [{string.Join(", ", pairs)}]");
        if (spec.Stage is { } stage)
        {
            Assert.All(findings, f => Assert.True(f.Stage == stage, $"{example}: {f.CompanyA.Group}-{f.CompanyB.Group} is {f.Stage}, expected {stage}."));
        }
    }

    [Fact]
    public void Every_registered_rule_has_a_spec_with_a_positive_and_a_negative_example()
    {
        var registered = RegisteredRuleNames();

        Assert.Empty(registered.Except(LinkRuleSpecs.Rules.Keys));
        Assert.Empty(LinkRuleSpecs.Rules.Keys.Except(registered));
        Assert.All(LinkRuleSpecs.Rules.Values, spec =>
        {
            Assert.True(spec.Examples.Any(e => e.Pairs.Count > 0), $"{spec.Rule}: no positive example.");
            Assert.True(spec.Examples.Any(e => e.Pairs.Count == 0), $"{spec.Rule}: no negative example.");
        });
    }

    [Fact]
    public void Every_rule_type_is_registered_once()
    {
        var ruleTypes = typeof(LinkRule).Assembly.GetTypes().Where(t => t.IsSubclassOf(typeof(LinkRule)) && !t.IsAbstract).Select(t => t.Name);
        var registered = RegisteredRules().Select(r => r.GetType().Name).ToList();

        Assert.Equal(ruleTypes.Order(StringComparer.Ordinal), registered.Order(StringComparer.Ordinal));
    }

    private static List<LinkRule> RegisteredRules()
    {
        var text = CompactText.Create("");
        return [.. new LinkRules(new PairLinker(text, TextLayout.Build(text), [])).All];
    }

    private static List<string> RegisteredRuleNames() => [.. RegisteredRules().Select(r => r.Name)];

    private static string PairKey(string a, string b) => string.CompareOrdinal(a, b) <= 0 ? $"{a}-{b}" : $"{b}-{a}";
}
