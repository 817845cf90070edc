using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Browser;

public class PageNavigationTests
{
    [Theory]
    [InlineData("**/?company=*", "http://127.0.0.1:5000/?company=%E5%8C%97%E6%B1%BD", true)]
    [InlineData("**/?company=*", "http://127.0.0.1:5000/Companies/?company=x", true)]
    [InlineData("**/?company=*", "http://127.0.0.1:5000/", false)]
    [InlineData("**/Companies/*", "http://127.0.0.1:5000/Companies/%E5%8D%8E%E4%B8%BA", true)]
    [InlineData("**/Companies/*", "http://127.0.0.1:5000/Companies/a/b", false)]
    [InlineData("**/Articles/12#evidence-*", "http://127.0.0.1:5000/Articles/12#evidence-3", true)]
    [InlineData("**/Articles/12#evidence-*", "http://127.0.0.1:5000/Articles/123#evidence-3", false)]
    [InlineData("http://127.0.0.1:5000/Admin", "http://127.0.0.1:5000/Admin", true)]
    [InlineData("http://127.0.0.1:5000/Admin", "http://127.0.0.1:5000/Admin/Imports", false)]
    [InlineData("**lang=en*", "http://127.0.0.1:5000/?lang=en", true)]
    public void Url_globs_match_as_in_Playwright(string glob, string url, bool matches)
    {
        Assert.Equal(matches, PageNavigation.GlobToRegex(glob).IsMatch(url));
    }
}
