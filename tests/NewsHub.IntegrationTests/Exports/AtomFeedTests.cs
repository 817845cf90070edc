using System.Net;
using System.ServiceModel.Syndication;
using System.Xml;
using System.Xml.Linq;

namespace NewsHub.IntegrationTests.Exports;

public class AtomFeedTests(PartnershipFixture app) : IClassFixture<PartnershipFixture>
{
    private static readonly XNamespace Atom = "http://www.w3.org/2005/Atom";

    private async Task<string> GetAsync(string path)
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri(path, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/atom+xml", response.Content.Headers.ContentType?.MediaType);
        return await response.Content.ReadAsStringAsync();
    }

    /// <summary>Parses with a strict XmlReader (no DTD) and checks what Atom 1.0 (RFC 4287) requires of a feed and its entries.</summary>
    private static XDocument ParseValidAtom(string xml)
    {
        using var reader = XmlReader.Create(new StringReader(xml), new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit });
        var document = XDocument.Load(reader);
        var feed = document.Root!;
        Assert.Equal(Atom + "feed", feed.Name);
        foreach (var required in new[] { "id", "title", "updated" })
        {
            Assert.Single(feed.Elements(Atom + required));
        }

        Assert.NotEmpty(feed.Elements(Atom + "author"));
        Assert.Contains(feed.Elements(Atom + "link"), l => (string?)l.Attribute("rel") == "self");
        foreach (var entry in feed.Elements(Atom + "entry"))
        {
            foreach (var required in new[] { "id", "title", "updated" })
            {
                Assert.Single(entry.Elements(Atom + required));
            }

            Assert.True(Uri.IsWellFormedUriString(entry.Element(Atom + "id")!.Value, UriKind.Absolute));
            Assert.True(DateTimeOffset.TryParse(entry.Element(Atom + "updated")!.Value, System.Globalization.CultureInfo.InvariantCulture, out _));
            Assert.Contains(entry.Elements(Atom + "link"), l => (string?)l.Attribute("rel") is null or "alternate");
        }

        // The framework's own Atom reader accepts it too.
        using var again = XmlReader.Create(new StringReader(xml));
        Assert.NotNull(SyndicationFeed.Load(again));
        return document;
    }

    [Fact]
    public async Task Company_feed_is_valid_Atom_with_the_group_events_newest_first()
    {
        var feed = ParseValidAtom(await GetAsync($"/feeds/companies/{app.Huawei.Id}.atom"));

        Assert.Equal("华为的合作动态 · NewsHub", feed.Root!.Element(Atom + "title")!.Value);
        Assert.Equal(["北汽 × 华为：签署协议", "长安 × 华为：合资"], feed.Root.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));
    }

    [Fact]
    public async Task Entry_content_is_escaped_html_with_the_evidence_and_its_article()
    {
        var feed = ParseValidAtom(await GetAsync($"/feeds/companies/{app.Catl.Id}.atom"));

        var content = Assert.Single(feed.Root!.Elements(Atom + "entry")).Element(Atom + "content")!;
        Assert.Equal("html", (string?)content.Attribute("type"));
        Assert.Contains("&lt;b&gt;长安&lt;/b&gt;与宁德时代签约</a>", content.Value, StringComparison.Ordinal);
        Assert.Contains("<blockquote>=HYPERLINK(&quot;", content.Value, StringComparison.Ordinal);
        Assert.DoesNotContain("<b>", content.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pair_feed_holds_only_that_pair_and_either_order_of_ids_leads_to_it()
    {
        var feed = ParseValidAtom(await GetAsync($"/feeds/pairs/{Math.Min(app.Baic.Id, app.Huawei.Id)}/{Math.Max(app.Baic.Id, app.Huawei.Id)}.atom"));
        Assert.Equal(["北汽 × 华为：签署协议"], feed.Root!.Elements(Atom + "entry").Select(e => e.Element(Atom + "title")!.Value));

        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var reversed = await client.GetAsync(new Uri($"/feeds/pairs/{Math.Max(app.Baic.Id, app.Huawei.Id)}/{Math.Min(app.Baic.Id, app.Huawei.Id)}.atom", UriKind.Relative));
        Assert.Equal(HttpStatusCode.MovedPermanently, reversed.StatusCode);
    }

    [Fact]
    public async Task A_brand_feed_is_its_group_feed()
    {
        using var client = app.Factory.CreateClient(new() { AllowAutoRedirect = false });
        using var response = await client.GetAsync(new Uri($"/feeds/companies/{app.BaicNewEnergy.Id}.atom", UriKind.Relative));

        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal($"/feeds/companies/{app.Baic.Id}.atom", response.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task Unknown_companies_are_not_found()
    {
        using var client = app.Factory.CreateClient();
        using var response = await client.GetAsync(new Uri("/feeds/companies/999999.atom", UriKind.Relative));

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }
}
