using System.Text;
using System.Text.RegularExpressions;
using Microsoft.Playwright;

namespace NewsHub.IntegrationTests.Infrastructure;

/// <summary>Waiting for a page to arrive somewhere after a click, without a race.</summary>
internal static class PageNavigation
{
    /// <summary>
    /// Waits until the page's address matches <paramref name="urlGlob"/> (Playwright's glob: <c>**</c> is anything,
    /// <c>*</c> anything but a slash) and that document has finished loading.
    /// </summary>
    /// <remarks>
    /// Stands in for <see cref="IPage.WaitForURLAsync(string, PageWaitForURLOptions)"/>, which looks at the address
    /// and then subscribes to the <c>load</c> event: a load that lands between the two is lost, and the call sits out
    /// its whole timeout (microsoft/playwright-dotnet#3364; it failed a CI run here). Both conditions below are polled
    /// on the browser's side, so there is no event to miss.
    /// </remarks>
    public static async Task WaitForLoadedUrlAsync(this IPage page, string urlGlob)
    {
        ArgumentNullException.ThrowIfNull(page);
        await Assertions.Expect(page).ToHaveURLAsync(GlobToRegex(urlGlob), new() { Timeout = BrowserPages.NavigationTimeoutMs });
        await page.WaitForDocumentLoadedAsync();
    }

    /// <summary>
    /// Waits until the page's current document has been parsed whole: an element found while a page (re)loads may
    /// stand above rows that are still arriving.
    /// </summary>
    public static async Task WaitForDocumentLoadedAsync(this IPage page)
    {
        ArgumentNullException.ThrowIfNull(page);
        await page.WaitForFunctionAsync("() => document.readyState === 'complete'", null, new() { Timeout = BrowserPages.NavigationTimeoutMs });
    }

    internal static Regex GlobToRegex(string urlGlob)
    {
        ArgumentException.ThrowIfNullOrEmpty(urlGlob);
        var pattern = new StringBuilder("^");
        for (var i = 0; i < urlGlob.Length; i++)
        {
            if (urlGlob[i] != '*')
            {
                pattern.Append(Regex.Escape(urlGlob[i].ToString()));
            }
            else if (i + 1 < urlGlob.Length && urlGlob[i + 1] == '*')
            {
                pattern.Append(".*");
                i++;
            }
            else
            {
                pattern.Append("[^/]*");
            }
        }

        // No options: the pattern is sent to the browser as a JavaScript regular expression, which knows none of .NET's.
        return new Regex(pattern.Append('$').ToString());
    }
}
