using Microsoft.Extensions.Options;
using NewsHub.Web.Admin;

using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Admin;

public class AdminPasswordTests
{
    [Fact]
    public async Task A_hash_printed_by_the_cli_verifies_in_the_web_app_and_a_wrong_password_does_not()
    {
        var (exitCode, output) = await RunAdminPasswordAsync("a long admin secret\n");
        var hash = output.Trim();

        Assert.Equal(0, exitCode);
        var password = new AdminPassword(Options.Create(new AdminOptions { PasswordHash = hash }));
        Assert.True(password.Verify("a long admin secret"));
        Assert.False(password.Verify("a long admin secreT"));
        Assert.False(password.Verify(""));
    }

    [Fact]
    public async Task Generated_passwords_differ_and_each_matches_its_own_hash()
    {
        var first = (await RunAdminPasswordAsync("", "--generate")).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var second = (await RunAdminPasswordAsync("", "--generate")).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);

        Assert.NotEqual(first[0], second[0]);
        Assert.True(first[0].Length >= 16);
        Assert.True(new AdminPassword(Options.Create(new AdminOptions { PasswordHash = first[1] })).Verify(first[0]));
        Assert.False(new AdminPassword(Options.Create(new AdminOptions { PasswordHash = first[1] })).Verify(second[0]));
    }

    [Fact]
    public void Nobody_can_sign_in_without_a_configured_password_or_with_a_malformed_hash()
    {
        var none = new AdminPassword(Options.Create(new AdminOptions()));
        var malformed = new AdminPassword(Options.Create(new AdminOptions { PasswordHash = "not-a-hash" }));

        Assert.False(none.IsConfigured);
        Assert.False(none.Verify("anything"));
        Assert.False(malformed.Verify("not-a-hash"));
    }

    [Fact]
    public void A_clear_password_from_the_environment_is_hashed_and_checked()
    {
        var password = new AdminPassword(Options.Create(new AdminOptions { Password = "from the environment" }));

        Assert.True(password.Verify("from the environment"));
        Assert.False(password.Verify("from the Environment"));
    }

    private static async Task<(int ExitCode, string Output)> RunAdminPasswordAsync(string input, params string[] arguments)
    {
        var result = await NewsHubCli.RunAsync(connectionString: null, ["admin-password", .. arguments], standardInput: input);
        return (result.ExitCode, result.StandardOutput);
    }
}
