using System.Globalization;
using System.Text.Encodings.Web;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Microsoft.Extensions.Localization;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using NewsHub.Data.Entities;
using NewsHub.Web.Localization;
using NewsHub.Web.Timelines;

namespace NewsHub.IntegrationTests.Pages;

/// <summary>
/// The event card is HTML written in code rather than by Razor: every piece of text in it that comes from an
/// article or the catalog must reach the page as text, never as markup.
/// </summary>
public class EventCardHtmlTests
{
    private const string Probe = "\"'><script>alert(1)</script><img src=x onerror=alert(2)>&amp;";

    private static readonly IStringLocalizer<UiText> Text =
        new StringLocalizer<UiText>(new ResourceManagerStringLocalizerFactory(Options.Create(new LocalizationOptions()), NullLoggerFactory.Instance));

    [Fact]
    public void Names_evidence_titles_and_outlets_come_out_as_text_whatever_they_hold()
    {
        var card = new EventCard(
            Id: 7,
            Stage: PartnershipStage.Agreement,
            IsPlanned: true,
            Date: new PartialDate { Year = 2021, Month = 3, Day = 9, Precision = DatePrecision.Day, Source = DateSource.Text },
            SortDate: new DateOnly(2021, 3, 9),
            CompanyA: new EventSide(1, "北汽" + Probe, ["BAIC" + Probe], CompanyRole.Carmaker, "极狐" + Probe),
            CompanyB: new EventSide(2, "华为" + Probe, [], CompanyRole.Tech, null),
            ArticleCount: 2,
            Evidence: new EventEvidence(11, [new TextPart("极狐" + Probe, HighlightKind.Company), new TextPart("与华为" + Probe, HighlightKind.None), new TextPart("合作", HighlightKind.Trigger)]),
            Articles: [new ArticleLink(11, "标题" + Probe, "outlet" + Probe, null)]);

        var article = Render(card);

        Assert.Empty(article.QuerySelectorAll("script, img, iframe"));
        Assert.DoesNotContain(article.QuerySelectorAll("*").SelectMany(e => e.Attributes), a => a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase));
        Assert.Equal("北汽" + Probe + " × 华为" + Probe, article.QuerySelector(".event-title a")!.TextContent);
        Assert.Equal("标题" + Probe, article.QuerySelector(".event-articles a")!.TextContent);
        Assert.Equal("outlet" + Probe, article.QuerySelector(".event-articles .outlet")!.TextContent);
        Assert.Equal("极狐" + Probe + "与华为" + Probe + "合作", article.QuerySelector(".evidence p")!.TextContent);
        Assert.Equal(["极狐" + Probe, "合作"], article.QuerySelectorAll(".evidence mark").Select(m => m.TextContent));
        Assert.Contains(Probe, article.QuerySelector(".as-written")!.TextContent, StringComparison.Ordinal);
        Assert.Equal("/Pairs/" + Uri.EscapeDataString("北汽" + Probe) + "/" + Uri.EscapeDataString("华为" + Probe), article.QuerySelector(".pair-link")!.GetAttribute("href"));
        Assert.Equal("/Companies/" + Uri.EscapeDataString("华为" + Probe), article.QuerySelectorAll(".event-sides a")[1].GetAttribute("href"));
        Assert.Equal("/Events/7", article.QuerySelector(".event-title a")!.GetAttribute("href"));
    }

    [Fact]
    public void A_card_without_evidence_or_articles_leaves_those_parts_out()
    {
        var card = new EventCard(
            8, PartnershipStage.Supply, false, new PartialDate { Year = 2020, Precision = DatePrecision.Year }, null,
            new EventSide(1, "宁德时代", [], CompanyRole.Battery, null), new EventSide(2, "百度", [], CompanyRole.Tech, "百度"), 0, null, []);

        var article = Render(card, headingLevel: 3);

        Assert.NotNull(article.QuerySelector("h3.event-title"));
        Assert.Null(article.QuerySelector(".evidence"));
        Assert.Null(article.QuerySelector(".event-articles"));
        Assert.Null(article.QuerySelector(".as-written"));
    }

    private static IElement Render(EventCard card, int headingLevel = 4)
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("zh-CN");
        try
        {
            using var writer = new StringWriter();
            EventCardHtml.Render(card, headingLevel, Text).WriteTo(writer, HtmlEncoder.Default);
            var document = new HtmlParser().ParseDocument("<!DOCTYPE html><body>" + writer + "</body>");
            return Assert.Single(document.Body!.Children);
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }
}
