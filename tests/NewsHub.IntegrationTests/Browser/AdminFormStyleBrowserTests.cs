using NewsHub.IntegrationTests.Admin;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Browser;

/// <summary>
/// Admin forms are laid out by their styles: the form tag helper writes <c>&lt;form&gt;</c> without the page's CSS
/// scope attribute, so rules for <c>.admin-form</c> in a page's scoped CSS never applied and each field ran inline.
/// </summary>
public class AdminFormStyleBrowserTests(AdminBrowserFixture app) : IClassFixture<AdminBrowserFixture>
{
    [Fact]
    public async Task The_sign_in_new_import_and_source_forms_are_laid_out_as_a_grid()
    {
        var page = await app.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Admin/SignIn");
        await page.WaitForDocumentLoadedAsync();
        Assert.Equal("grid", await page.EvalOnSelectorAsync<string>("form.admin-form", "form => getComputedStyle(form).display"));

        await page.FillAsync("#Password", AdminAppFactory.Password);
        await page.ClickAsync("#sign-in");
        await page.WaitForLoadedUrlAsync(app.BaseUrl + "/Admin");
        foreach (var form in new[] { "/Admin/Imports/Create", "/Admin/Sources/Edit", "/Admin/Sources" })
        {
            await page.GotoAsync(app.BaseUrl + form);
            await page.WaitForDocumentLoadedAsync();
            Assert.Equal("grid", await page.EvalOnSelectorAsync<string>("form.admin-form", "form => getComputedStyle(form).display"));
        }
    }
}
