using System.Text.RegularExpressions;
using System.Xml.Linq;
using NewsHub.Data.Entities;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Web.Timelines;

namespace NewsHub.IntegrationTests.Pages;

public partial class UiTextTests
{
    private static readonly string Localization = Path.Combine(BrowserFixture.RepositoryRoot(), "src", "NewsHub.Web", "Localization");

    [Fact]
    public void Chinese_and_English_resources_hold_the_same_keys()
    {
        var chinese = Keys("UiText.resx");
        var english = Keys("UiText.en.resx");

        Assert.Empty(chinese.Except(english));
        Assert.Empty(english.Except(chinese));
    }

    [Fact]
    public void Every_label_the_pages_ask_for_exists()
    {
        var keys = Keys("UiText.resx");
        var web = Path.Combine(BrowserFixture.RepositoryRoot(), "src", "NewsHub.Web");
        var asked = Directory.EnumerateFiles(web, "*.*", SearchOption.AllDirectories)
            .Where(f => (f.EndsWith(".cshtml", StringComparison.Ordinal) || f.EndsWith(".cs", StringComparison.Ordinal))
                && !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}", StringComparison.Ordinal))
            .SelectMany(f => LiteralKey().Matches(File.ReadAllText(f)).Select(m => (File: Path.GetFileName(f), Key: m.Groups["key"].Value)))
            .ToList();

        Assert.NotEmpty(asked);
        Assert.DoesNotContain(asked, a => !keys.Contains(a.Key));

        // Keys built from enum values.
        Assert.All(QueryValues.Stages, s => Assert.Contains("Stage." + QueryValues.Key(s), keys));
        Assert.All(QueryValues.Roles, r => Assert.Contains("Role." + QueryValues.Key(r), keys));
        Assert.All(Enum.GetNames<ArticleFormat>(), f => Assert.Contains("Format." + f, keys));
    }

    private static HashSet<string> Keys(string file) =>
        [.. XDocument.Load(Path.Combine(Localization, file)).Root!.Elements("data").Select(d => (string)d.Attribute("name")!)];

    // T["Key"] in views and text["Key"] in FilterSummary; keys are Section.Name.
    [GeneratedRegex("""\b(?:T|text)\["(?<key>[A-Za-z]+\.[A-Za-z.-]+)"\s*[\],]""")]
    private static partial Regex LiteralKey();
}
