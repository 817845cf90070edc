using YamlDotNet.Serialization;
using YamlDotNet.Serialization.NamingConventions;

namespace NewsHub.Ingestion.Tests.Partnerships;

/// <summary>
/// The spec files of the linker's rules (<c>Partnerships/Specs/&lt;Rule&gt;.yaml</c>), read once: each holds invented
/// example sentences, each with the pairs it must give (none for a negative example) and, when it matters, their stage.
/// Every example gets a name of its own (<c>Announcer_Example_003</c>), so a test runs and fails for one sentence.
/// </summary>
internal static class LinkRuleSpecs
{
    public static readonly string Folder = Path.Combine(AppContext.BaseDirectory, "Partnerships", "Specs");

    private const string CompaniesFile = "companies.yaml";

    private static readonly IDeserializer Yaml = new DeserializerBuilder()
        .WithNamingConvention(CamelCaseNamingConvention.Instance)
        .Build();

    private static readonly Lazy<IReadOnlyList<SpecCompany>> LazyCompanies = new(() =>
        Yaml.Deserialize<List<SpecCompany>>(File.ReadAllText(Path.Combine(Folder, CompaniesFile))));

    private static readonly Lazy<IReadOnlyDictionary<string, RuleSpec>> LazyRules = new(LoadRules);

    private static readonly Lazy<IReadOnlyDictionary<string, NamedExample>> LazyExamples = new(() =>
        LazyRules.Value.Values
            .SelectMany(rule => rule.Examples.Select((example, i) => new NamedExample($"{rule.Rule}_Example_{i + 1:000}", rule.Rule, example)))
            .ToDictionary(e => e.Name, StringComparer.Ordinal));

    /// <summary>The companies a spec sentence may name.</summary>
    public static IReadOnlyList<SpecCompany> Companies => LazyCompanies.Value;

    /// <summary>Every spec file by the rule it specifies.</summary>
    public static IReadOnlyDictionary<string, RuleSpec> Rules => LazyRules.Value;

    /// <summary>Every example of every spec, by its name.</summary>
    public static IReadOnlyDictionary<string, NamedExample> Examples => LazyExamples.Value;

    private static Dictionary<string, RuleSpec> LoadRules()
    {
        var rules = new Dictionary<string, RuleSpec>(StringComparer.Ordinal);
        foreach (var path in Directory.EnumerateFiles(Folder, "*.yaml").Where(p => Path.GetFileName(p) != CompaniesFile).Order(StringComparer.Ordinal))
        {
            var spec = Yaml.Deserialize<RuleSpec>(File.ReadAllText(path))
                ?? throw new InvalidDataException($"Spec file {path} is empty.");
            if (spec.Rule != Path.GetFileNameWithoutExtension(path))
            {
                throw new InvalidDataException($"Spec file {path} names rule '{spec.Rule}': a spec file is named after its rule.");
            }

            if (spec.Examples.Count == 0 || spec.Examples.Any(e => string.IsNullOrWhiteSpace(e.Text)))
            {
                throw new InvalidDataException($"Spec file {path} has no examples, or an example without text.");
            }

            rules.Add(spec.Rule, spec);
        }

        return rules;
    }
}

/// <summary>A company a spec sentence may name.</summary>
internal sealed class SpecCompany
{
    public string Name { get; set; } = "";

    public string Group { get; set; } = "";

    public CompanyRole Role { get; set; }
}

/// <summary>One rule's spec: what it reads, and its examples.</summary>
internal sealed class RuleSpec
{
    public string Rule { get; set; } = "";

    public string Reads { get; set; } = "";

    public List<SpecExample> Examples { get; set; } = [];
}

/// <summary>An invented sentence and the pairs (groups joined by <c>-</c>, in any order) it must give; none for a negative.</summary>
internal sealed class SpecExample
{
    public string Text { get; set; } = "";

    public List<string> Pairs { get; set; } = [];

    /// <summary>The stage every finding must have, when the example is about the stage.</summary>
    public PartnershipStage? Stage { get; set; }

    /// <summary>Why the example is there, shown when it fails.</summary>
    public string? Why { get; set; }
}

/// <summary>An example with the name its test runs under.</summary>
internal sealed record NamedExample(string Name, string Rule, SpecExample Example);
