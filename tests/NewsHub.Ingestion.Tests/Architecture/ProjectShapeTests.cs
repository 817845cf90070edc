using System.Reflection;
using System.Text.Json;
using NewsHub.Ingestion.Reading;
using NewsHub.Ingestion.Tests.Reading;

namespace NewsHub.Ingestion.Tests.Architecture;

/// <summary>
/// Dependencies point from storage to the domain: the domain (NewsHub.Domain) and the pure reading, tagging and
/// finding (NewsHub.Ingestion) never reach NewsHub.Data, the application around them, EF Core or PostgreSQL.
/// Checked twice: in what the compiled assemblies reference, and in everything their projects restore, transitively.
/// </summary>
public sealed class ProjectShapeTests
{
    private static readonly string[] Storage =
        ["NewsHub.Data", "NewsHub.Pipeline", "NewsHub.Web", "NewsHub.Cli", "Microsoft.EntityFrameworkCore", "Npgsql"];

    public static TheoryData<string> PureProjects => ["NewsHub.Domain", "NewsHub.Ingestion"];

    [Theory]
    [MemberData(nameof(PureProjects))]
    public void The_compiled_assembly_references_no_storage(string project)
    {
        var assembly = Assembly.Load(project);

        var references = assembly.GetReferencedAssemblies().Select(a => a.Name!).ToList();

        Assert.DoesNotContain(references, IsStorage);
        Assert.Contains("System.Runtime", references);
    }

    [Theory]
    [MemberData(nameof(PureProjects))]
    public void The_project_restores_no_storage_even_transitively(string project)
    {
        var assets = Path.Combine(TestPaths.RepositoryRoot, "src", project, "obj", "project.assets.json");
        Assert.True(File.Exists(assets), $"{assets} is missing: restore the solution first.");
        using var json = JsonDocument.Parse(File.ReadAllText(assets));

        // Keys are "Name/Version", for packages and project references alike.
        var libraries = json.RootElement.GetProperty("libraries").EnumerateObject().Select(l => l.Name.Split('/')[0]).ToList();

        Assert.DoesNotContain(libraries, IsStorage);
        Assert.NotEmpty(libraries);
    }

    [Fact]
    public void Ingestion_builds_on_the_domain()
    {
        var references = typeof(ArticleReader).Assembly.GetReferencedAssemblies().Select(a => a.Name);

        Assert.Contains("NewsHub.Domain", references);
    }

    private static bool IsStorage(string name) => Storage.Any(s => name == s || name.StartsWith(s + ".", StringComparison.Ordinal));
}
