using Microsoft.Extensions.Options;
using NewsHub.Web.Admin;

namespace NewsHub.Web.Tests.Admin;

public sealed class ImportFolderPolicyTests : IDisposable
{
    private readonly string sandbox = Directory.CreateTempSubdirectory("newshub-roots-").FullName;
    private readonly string root;
    private readonly string outside;
    private readonly ImportFolderPolicy policy;

    public ImportFolderPolicyTests()
    {
        root = Directory.CreateDirectory(Path.Combine(sandbox, "articles")).FullName;
        Directory.CreateDirectory(Path.Combine(root, "2024", "march"));
        outside = Directory.CreateDirectory(Path.Combine(sandbox, "secrets")).FullName;
        Directory.CreateDirectory(Path.Combine(sandbox, "articles-private"));
        policy = new ImportFolderPolicy(Options.Create(new AdminOptions { ImportRoots = [root] }));
    }

    [Fact]
    public void Accepts_a_folder_below_a_root_and_the_root_itself()
    {
        var below = policy.Check(Path.Combine(root, "2024", "march"));
        var itself = policy.Check(root + "/");

        Assert.True(below.IsAllowed, below.Refusal);
        Assert.Equal(Path.Combine(root, "2024", "march"), below.RealPath);
        Assert.True(itself.IsAllowed, itself.Refusal);
    }

    [Fact]
    public void Refuses_a_path_that_climbs_with_dot_dot_even_when_it_lands_inside()
    {
        var escape = policy.Check(Path.Combine(root, "..", "secrets"));
        var roundTrip = policy.Check(Path.Combine(root, "2024", "..", "2024"));

        Assert.False(escape.IsAllowed);
        Assert.Contains("..", escape.Refusal, StringComparison.Ordinal);
        Assert.False(roundTrip.IsAllowed);
    }

    [Fact]
    public void Refuses_a_folder_outside_the_roots()
    {
        var decision = policy.Check(outside);

        Assert.False(decision.IsAllowed);
        Assert.Contains("outside the import roots", decision.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_sibling_whose_name_starts_with_the_root_name()
    {
        Assert.False(policy.Check(Path.Combine(sandbox, "articles-private")).IsAllowed);
    }

    [Fact]
    public void Refuses_a_symbolic_link_inside_a_root_that_leads_outside()
    {
        var link = Path.Combine(root, "innocent");
        Directory.CreateSymbolicLink(link, outside);
        var relativeLink = Path.Combine(root, "2024", "up");
        Directory.CreateSymbolicLink(relativeLink, "../../secrets");

        var decision = policy.Check(link);
        var relative = policy.Check(relativeLink);
        var through = policy.Check(Path.Combine(link, "."));

        Assert.False(decision.IsAllowed);
        Assert.Contains("symbolic link", decision.Refusal, StringComparison.Ordinal);
        Assert.False(relative.IsAllowed);
        Assert.False(through.IsAllowed);
    }

    [Fact]
    public void Accepts_a_symbolic_link_that_stays_inside_a_root_as_its_target()
    {
        var link = Path.Combine(root, "latest");
        Directory.CreateSymbolicLink(link, Path.Combine(root, "2024", "march"));

        var decision = policy.Check(link);

        Assert.True(decision.IsAllowed, decision.Refusal);
        Assert.Equal(Path.Combine(root, "2024", "march"), decision.RealPath);
    }

    [Fact]
    public void Refuses_relative_missing_and_empty_paths_with_a_reason()
    {
        foreach (var path in new[] { "articles/2024", Path.Combine(root, "nope"), "", "   " })
        {
            var decision = policy.Check(path);
            Assert.False(decision.IsAllowed, path);
            Assert.False(string.IsNullOrWhiteSpace(decision.Refusal));
        }
    }

    [Fact]
    public void Refuses_everything_when_no_root_is_configured()
    {
        var none = new ImportFolderPolicy(Options.Create(new AdminOptions()));

        var decision = none.Check(root);

        Assert.False(decision.IsAllowed);
        Assert.Contains("Admin:ImportRoots", decision.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public void A_loop_of_links_is_refused_not_followed_forever()
    {
        var a = Path.Combine(root, "loop-a");
        var b = Path.Combine(root, "loop-b");
        Directory.CreateSymbolicLink(a, b);
        Directory.CreateSymbolicLink(b, a);

        Assert.False(policy.Check(a).IsAllowed);
    }

    public void Dispose() => Directory.Delete(sandbox, recursive: true);
}
