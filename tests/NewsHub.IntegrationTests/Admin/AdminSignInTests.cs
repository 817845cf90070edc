using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Admin;

public sealed class AdminSignInTests : IAsyncLifetime
{
    private readonly DatabaseFixture database = new();
    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-admin-root-").FullName;
    private AdminAppFactory factory = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        factory = new AdminAppFactory(database.ConnectionString, importRoot, runWorker: false);
    }

    [Theory]
    [InlineData("/Admin")]
    [InlineData("/Admin/Imports")]
    [InlineData("/Admin/Imports/Create")]
    [InlineData("/Admin/Catalog")]
    [InlineData("/Admin/Sources")]
    [InlineData("/Admin/Sources/Edit")]
    public async Task Unauthenticated_admin_pages_redirect_to_sign_in(string path)
    {
        using var client = NewClient();

        var response = await client.GetAsync(path);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.StartsWith("http://localhost/Admin/SignIn?ReturnUrl=", response.Headers.Location?.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Public_pages_need_no_sign_in()
    {
        using var client = NewClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/SignIn")).StatusCode);
    }

    [Fact]
    public async Task A_sign_in_post_without_the_anti_forgery_token_is_refused()
    {
        using var client = NewClient();
        await client.GetAsync("/Admin/SignIn");

        var response = await client.PostAsync("/Admin/SignIn", new FormUrlEncodedContent([new("Password", AdminAppFactory.Password)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task An_import_post_without_the_anti_forgery_token_is_refused_even_when_signed_in()
    {
        using var client = NewClient();
        await AdminClient.SignInAsync(client);

        var response = await client.PostAsync("/Admin/Imports/Create", new FormUrlEncodedContent([new("Folder", importRoot)]));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        await using var db = database.CreateContext();
        Assert.Empty(db.ImportRuns);
    }

    [Fact]
    public async Task A_wrong_password_is_refused_and_the_right_one_opens_admin()
    {
        using var client = NewClient();

        var wrong = await AdminClient.PostFormAsync(client, "/Admin/SignIn", "/Admin/SignIn", ("Password", "guess"));
        Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
        Assert.Contains("密码不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Admin")).StatusCode);

        await AdminClient.SignInAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_does_not_redirect_to_another_site()
    {
        using var client = NewClient();

        var response = await AdminClient.PostFormAsync(client, "/Admin/SignIn?ReturnUrl=https%3A%2F%2Fevil.example%2F", "/Admin/SignIn?ReturnUrl=https%3A%2F%2Fevil.example%2F", ("Password", AdminAppFactory.Password));

        Assert.Equal("/Admin", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Import_of_a_folder_outside_the_roots_is_refused_with_the_reason_and_queues_nothing()
    {
        using var client = NewClient();
        await AdminClient.SignInAsync(client);
        var outside = Directory.CreateTempSubdirectory("newshub-outside-").FullName;
        var link = Path.Combine(importRoot, "escape");
        Directory.CreateSymbolicLink(link, outside);

        foreach (var (folder, reason) in new[] { (outside, "outside the import roots"), (Path.Combine(importRoot, "..", Path.GetFileName(outside)), "\"..\""), (link, "symbolic link") })
        {
            var response = await AdminClient.PostFormAsync(client, "/Admin/Imports/Create", "/Admin/Imports/Create", ("Folder", folder), ("Recursive", "true"));
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(reason, System.Net.WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync()), StringComparison.Ordinal);
        }

        await using var db = database.CreateContext();
        Assert.Empty(db.ImportRuns);
        Directory.Delete(outside);
    }

    [Fact]
    public async Task A_second_import_of_the_same_folder_goes_to_the_run_already_queued()
    {
        using var client = NewClient();
        await AdminClient.SignInAsync(client);

        var first = await AdminClient.PostFormAsync(client, "/Admin/Imports/Create", "/Admin/Imports/Create", ("Folder", importRoot));
        var second = await AdminClient.PostFormAsync(client, "/Admin/Imports/Create", "/Admin/Imports/Create", ("Folder", importRoot + "/"));

        Assert.Equal(HttpStatusCode.Redirect, first.StatusCode);
        Assert.Equal(first.Headers.Location, second.Headers.Location);
        await using var db = database.CreateContext();
        Assert.Single(db.ImportRuns);
    }

    [Fact]
    public async Task A_sign_in_and_its_forms_hold_on_another_instance_of_the_app_through_keys_kept_in_the_database()
    {
        var cookies = new CookieContainer();
        using var first = factory.CreateDefaultClient(new CookieContainerHandler(cookies));
        await AdminClient.SignInAsync(first);
        var token = await AdminClient.AntiForgeryTokenAsync(first, "/Admin/Imports/Create");

        // A second instance (another container, or the same one restarted) with the same database.
        await using var other = new AdminAppFactory(database.ConnectionString, importRoot, runWorker: false);
        using var second = other.CreateDefaultClient(new CookieContainerHandler(cookies));
        var page = await second.GetAsync("/Admin");
        var post = await second.PostAsync("/Admin/Imports/Create", new FormUrlEncodedContent([new("Folder", importRoot), new("__RequestVerificationToken", token)]));

        Assert.Equal(HttpStatusCode.OK, page.StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, post.StatusCode);
        await using var db = database.CreateContext();
        Assert.NotEmpty(db.DataProtectionKeys);
        Assert.Single(db.ImportRuns);
    }

    public async Task DisposeAsync()
    {
        await factory.DisposeAsync();
        await database.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }

    private HttpClient NewClient() => factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
}
