using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.EntityFrameworkCore;
using NewsHub.IntegrationTests.Admin;
using NewsHub.IntegrationTests.Import;
using NewsHub.IntegrationTests.Infrastructure;
using NewsHub.Pipeline.Import;

namespace NewsHub.IntegrationTests.Security;

/// <summary>An article page showed the server's absolute file path to everyone, under 来源文件.</summary>
public sealed class ArticleSourcePathTests : IAsyncLifetime
{
    private const string FileName = "source-file-name.md";
    private readonly DatabaseFixture database = new();
    private readonly TestFolder root = new();
    private AdminAppFactory factory = null!;
    private long articleId;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        Directory.CreateDirectory(root.File("news"));
        File.Copy(TestFolder.Fixture("xss-probes.html.md"), root.File(Path.Combine("news", FileName)));
        var summary = await Importing.Runner(database, new TaggingAnalyzer()).RunAsync(new ImportRequest(root.Path, Recursive: true));
        Assert.False(summary.HasFailures);
        await using var db = database.CreateContext();
        articleId = await db.Articles.Select(a => a.Id).SingleAsync();
        factory = new AdminAppFactory(database.ConnectionString, root.Path, runWorker: false);
    }

    [Fact]
    public async Task Readers_see_no_file_path_of_the_server()
    {
        using var client = factory.CreateClient();

        var html = await client.GetStringAsync($"/Articles/{articleId}");

        Assert.Contains("某车企与某科技公司今日宣布达成合作", html, StringComparison.Ordinal);
        Assert.DoesNotContain(root.Path, html, StringComparison.Ordinal);
        Assert.DoesNotContain(FileName, html, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_signed_in_admin_sees_the_path_relative_to_its_import_root()
    {
        using var client = factory.CreateDefaultClient(new CookieContainerHandler(new CookieContainer()));
        await AdminClient.SignInAsync(client);

        var html = await client.GetStringAsync($"/Articles/{articleId}");

        Assert.Contains($"<code>news/{FileName}</code>", html, StringComparison.Ordinal);
        Assert.DoesNotContain(root.Path, html, StringComparison.Ordinal);
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
        root.Dispose();
    }
}
