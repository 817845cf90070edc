using System.Globalization;
using System.Net;
using Microsoft.AspNetCore.Mvc.Testing;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>
/// Sign-in throttling: 100 wrong passwords went through in 6.8 s and the right one still worked right after.
/// Short windows here; the app's defaults are 30 s doubling up to an hour.
/// </summary>
public sealed class SignInThrottleTests : IAsyncLifetime
{
    private readonly DatabaseFixture database = new();
    private readonly string importRoot = Directory.CreateTempSubdirectory("newshub-throttle-root-").FullName;

    public Task InitializeAsync() => database.InitializeAsync();

    [Fact]
    public async Task Wrong_passwords_pause_signing_in_even_for_the_right_one_until_the_pause_is_over()
    {
        await using var factory = App(new()
        {
            ["Admin:SignIn:FreeFailuresPerClient"] = "3",
            ["Admin:SignIn:FirstLockout"] = "00:00:02",
        });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        for (var i = 0; i < 2; i++)
        {
            var wrong = await AdminClient.PostFormAsync(client, "/Admin/SignIn", "/Admin/SignIn", ("Password", "guess " + i));
            Assert.Equal(HttpStatusCode.OK, wrong.StatusCode);
            Assert.Contains("密码不正确", await wrong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        }

        var third = await AdminClient.PostFormAsync(client, "/Admin/SignIn", "/Admin/SignIn", ("Password", "guess 3"));
        Assert.Equal(HttpStatusCode.TooManyRequests, third.StatusCode);

        var right = await AdminClient.PostFormAsync(client, "/Admin/SignIn", "/Admin/SignIn", ("Password", AdminAppFactory.Password));
        Assert.Equal(HttpStatusCode.TooManyRequests, right.StatusCode);
        var retryAfter = int.Parse(Assert.Single(right.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture);
        Assert.InRange(retryAfter, 1, 2);
        var html = await right.Content.ReadAsStringAsync();
        Assert.Contains("id=\"sign-in-paused\"", html, StringComparison.Ordinal);
        Assert.Contains("登录已暂停", html, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Admin")).StatusCode);

        // The page says when the pause is over; poll it rather than guess how long to sleep.
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while ((await client.GetStringAsync("/Admin/SignIn")).Contains("id=\"sign-in-paused\"", StringComparison.Ordinal))
        {
            Assert.True(DateTime.UtcNow < deadline, "signing in was still paused after 30 s");
            await Task.Delay(100);
        }

        await AdminClient.SignInAsync(client);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin")).StatusCode);
    }

    [Fact]
    public async Task Sign_in_posts_beyond_the_rate_limit_get_429_with_retry_after_and_a_message()
    {
        await using var factory = App(new()
        {
            ["Admin:SignIn:PermitsPerClient"] = "3",
            ["Admin:SignIn:RateWindow"] = "00:10:00",
        });
        using var client = factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        for (var i = 0; i < 3; i++)
        {
            Assert.Equal(HttpStatusCode.OK, (await AdminClient.PostFormAsync(client, "/Admin/SignIn", "/Admin/SignIn", ("Password", "guess " + i))).StatusCode);
        }

        var refused = await AdminClient.PostFormAsync(client, "/Admin/SignIn", "/admin/signin", ("Password", AdminAppFactory.Password));

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(int.Parse(Assert.Single(refused.Headers.GetValues("Retry-After")), CultureInfo.InvariantCulture), 1, 600);
        Assert.Contains("登录尝试过于频繁", await refused.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.Redirect, (await client.GetAsync("/Admin")).StatusCode);
        // Reading pages is not limited.
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/Admin/SignIn")).StatusCode);
    }

    public async Task DisposeAsync()
    {
        await database.DisposeAsync();
        Directory.Delete(importRoot, recursive: true);
    }

    private AdminAppFactory App(Dictionary<string, string> settings) => new(database.ConnectionString, importRoot, runWorker: false, settings);
}
