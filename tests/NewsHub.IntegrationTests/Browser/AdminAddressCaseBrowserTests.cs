using NewsHub.IntegrationTests.Admin;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Browser;

/// <summary>
/// Admin addresses typed in lower case: routes ignore case, browsers match a cookie's path case-sensitively,
/// so a cookie kept to <c>/Admin</c> never reached <c>/admin/imports</c> and a correct password led back to sign-in.
/// </summary>
public class AdminAddressCaseBrowserTests(AdminBrowserFixture app) : IClassFixture<AdminBrowserFixture>
{
    [Fact]
    public async Task A_correct_password_at_a_lower_case_admin_address_opens_that_page()
    {
        var page = await app.NewPageAsync();

        await page.GotoAsync(app.BaseUrl + "/admin/imports");
        await page.WaitForLoadedUrlAsync("**/SignIn?ReturnUrl=*");
        await page.FillAsync("#Password", AdminAppFactory.Password);
        await page.ClickAsync("#sign-in");

        await page.WaitForLoadedUrlAsync(app.BaseUrl + "/admin/imports");
        Assert.Contains("导入历史", await page.InnerTextAsync("#heading"), StringComparison.Ordinal);

        await page.GotoAsync(app.BaseUrl + "/ADMIN/Catalog");
        await page.WaitForDocumentLoadedAsync();
        Assert.DoesNotContain("SignIn", page.Url, StringComparison.OrdinalIgnoreCase);
    }
}
