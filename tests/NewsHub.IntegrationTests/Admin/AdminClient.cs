using System.Net;
using System.Text.RegularExpressions;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>Form posts the way a browser makes them: with the anti-forgery token read from the page.</summary>
internal static partial class AdminClient
{
    public static async Task<string> AntiForgeryTokenAsync(HttpClient client, string pageUrl)
    {
        var html = await client.GetStringAsync(pageUrl);
        var match = TokenInput().Match(html);
        Assert.True(match.Success, $"{pageUrl} has no anti-forgery token");
        return WebUtility.HtmlDecode(match.Groups["token"].Value);
    }

    public static async Task<HttpResponseMessage> PostFormAsync(HttpClient client, string pageUrl, string actionUrl, params (string Name, string Value)[] fields)
    {
        var token = await AntiForgeryTokenAsync(client, pageUrl);
        var form = fields.Select(f => new KeyValuePair<string, string>(f.Name, f.Value)).Append(new("__RequestVerificationToken", token));
        return await client.PostAsync(actionUrl, new FormUrlEncodedContent(form));
    }

    public static async Task SignInAsync(HttpClient client)
    {
        var response = await PostFormAsync(client, "/Admin/SignIn", "/Admin/SignIn", ("Password", AdminAppFactory.Password));
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("/Admin", response.Headers.Location?.OriginalString);
    }

    [GeneratedRegex("""name="__RequestVerificationToken" type="hidden" value="(?<token>[^"]+)" """, RegexOptions.CultureInvariant)]
    private static partial Regex TokenInput();
}
