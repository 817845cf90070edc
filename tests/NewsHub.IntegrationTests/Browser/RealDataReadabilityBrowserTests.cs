using Microsoft.EntityFrameworkCore;
using Microsoft.Playwright;
using NewsHub.IntegrationTests.Infrastructure;

namespace NewsHub.IntegrationTests.Browser;

/// <summary>The network, the company list and a company page read with real data, on a desktop and on a phone.</summary>
public class RealDataReadabilityBrowserTests(CorpusBrowserFixture app) : IClassFixture<CorpusBrowserFixture>
{
    /// <summary>A label's box on the page (settable properties: Playwright fills them from JSON).</summary>
    private sealed class Box
    {
        public string Text { get; set; } = "";

        public double X { get; set; }

        public double Y { get; set; }

        public double Width { get; set; }

        public double Height { get; set; }
    }

    private async Task<IPage> OpenAsync(string path, int width)
    {
        var page = await app.NewPageAsync();
        await page.SetViewportSizeAsync(width, 900);
        await page.GotoAsync(app.BaseUrl + path);
        await page.WaitForDocumentLoadedAsync();
        return page;
    }

    [Theory]
    [InlineData(1400)]
    [InlineData(390)]
    public async Task No_two_company_names_in_the_network_overlap_and_none_is_shrunk(int width)
    {
        var page = await OpenAsync("/Network", width);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"network-corpus-{width}.png"), FullPage = true });
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"network-corpus-{width}-top.png") });

        var labels = await page.EvaluateAsync<Box[]>(
            "() => [...document.querySelectorAll('#network-svg .nodes text')].map(t => { const r = t.getBoundingClientRect(); return { text: t.textContent, x: r.x, y: r.y, width: r.width, height: r.height }; })");
        Assert.True(labels.Length >= 20, $"only {labels.Length} companies drawn: the corpus should give dozens");
        var overlaps = new List<string>();
        for (var i = 0; i < labels.Length; i++)
        {
            for (var j = i + 1; j < labels.Length; j++)
            {
                var (a, b) = (labels[i], labels[j]);
                var across = Math.Min(a.X + a.Width, b.X + b.Width) - Math.Max(a.X, b.X);
                var down = Math.Min(a.Y + a.Height, b.Y + b.Height) - Math.Max(a.Y, b.Y);
                if (across > 0.5 && down > 0.5)
                {
                    overlaps.Add($"{a.Text} / {b.Text}");
                }
            }
        }

        Assert.True(overlaps.Count == 0, $"{overlaps.Count} overlapping names at {width} px: " + string.Join(", ", overlaps.Take(20)));
        // Shown at its own size: 13 px names are at least 12 px tall on screen, at any width.
        Assert.All(labels, label => Assert.True(label.Height >= 12, $"{label.Text} is {label.Height:0.#} px tall at {width} px"));
        // The page itself does not overflow sideways: the drawing scrolls in its own box instead.
        Assert.True(await page.EvaluateAsync<bool>("w => document.documentElement.scrollWidth <= w + 1", width), "the page is wider than the screen");
    }

    [Fact]
    public async Task A_company_reached_with_the_keyboard_brings_out_its_partnerships()
    {
        var page = await OpenAsync("/Network", 1400);
        var node = page.Locator("#network-svg .nodes a").First;
        var ownLines = node.Locator(".own-edges path");
        Assert.True(await ownLines.CountAsync() > 0);
        await Assertions.Expect(ownLines.First).Not.ToBeVisibleAsync();

        await page.Locator(".network-scroll").FocusAsync();
        await page.Keyboard.PressAsync("Tab");

        await Assertions.Expect(node).ToBeFocusedAsync();
        await Assertions.Expect(ownLines.First).ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "network-corpus-focused.png") });

        await node.Locator("circle").HoverAsync();
        await node.EvaluateAsync("a => a.blur()");
        await Assertions.Expect(node).Not.ToBeFocusedAsync();
        await Assertions.Expect(ownLines.First).ToBeVisibleAsync(); // still hovered
    }

    [Fact]
    public async Task Each_company_in_the_network_links_to_its_page()
    {
        var page = await OpenAsync("/Network", 1400);

        var links = await page.Locator("#network-svg .nodes a").EvaluateAllAsync<string[]>("as => as.map(a => a.getAttribute('href') + '|' + a.querySelector('text').textContent)");
        Assert.NotEmpty(links);
        Assert.All(links, link =>
        {
            var parts = link.Split('|');
            Assert.Equal("/Companies/" + Uri.EscapeDataString(parts[1]), parts[0]);
        });
    }

    [Fact]
    public async Task The_partner_by_year_table_reaches_its_last_year_on_a_phone_with_the_partner_names_kept_in_view()
    {
        var busiest = await BusiestCompanyAsync();
        var page = await OpenAsync("/Companies/" + Uri.EscapeDataString(busiest), 390);
        await page.Locator(".lanes").ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "company-lanes-390.png") });

        Assert.True(await page.EvaluateAsync<bool>("() => document.documentElement.scrollWidth <= 391"), "the page is wider than the screen");
        var lanes = page.Locator(".lanes");
        // Scroll the table's own box to its end: the last column comes into the screen and the partner names stay.
        await lanes.EvaluateAsync("box => { box.scrollLeft = box.scrollWidth; }");
        var lastHeader = page.Locator("#partner-lanes thead th").Last;
        var firstPartner = page.Locator("#partner-lanes tbody th[scope=row]").First;
        await page.WaitForFunctionAsync(
            "() => { const box = document.querySelector('.lanes'); return box.scrollLeft > 0 && box.scrollLeft + box.clientWidth >= box.scrollWidth - 1; }");
        var box = await lanes.BoundingBoxAsync();
        var last = await lastHeader.BoundingBoxAsync();
        var partner = await firstPartner.BoundingBoxAsync();
        Assert.NotNull(box);
        Assert.NotNull(last);
        Assert.NotNull(partner);
        Assert.True(box.X >= 0 && box.X + box.Width <= 391, $"the table's box runs from {box.X:0} to {box.X + box.Width:0} px");
        Assert.True(last.X >= box.X - 1 && last.X + last.Width <= box.X + box.Width + 1, $"the last column is at {last.X:0}–{last.X + last.Width:0} px, the box at {box.X:0}–{box.X + box.Width:0}");
        Assert.True(Math.Abs(partner.X - box.X) <= 2, $"the partner names scrolled away to {partner.X:0} px (box at {box.X:0})");
        await lanes.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "company-lanes-390-scrolled.png") });
    }

    [Fact]
    public async Task The_company_list_opens_on_companies_with_events_and_keeps_the_rest_behind_a_toggle_that_needs_no_script()
    {
        // Without JavaScript, as every page must work.
        var context = await app.Browser.NewContextAsync(new() { Locale = "zh-CN", JavaScriptEnabled = false, ViewportSize = new() { Width = 1400, Height = 900 } });
        var page = await context.NewPageAsync();
        await page.GotoAsync(app.BaseUrl + "/Companies");
        await page.WaitForDocumentLoadedAsync();

        var counts = await page.Locator("#companies-with-events .company-grid .count").AllInnerTextsAsync();
        Assert.True(counts.Count >= 20, $"{counts.Count} companies with events listed first");
        Assert.DoesNotContain("暂无合作", counts);
        var quiet = page.Locator("#companies-without-events .company-grid a");
        Assert.True(await quiet.CountAsync() > 0, "the catalog's companies without events are still listed");
        await Assertions.Expect(quiet.First).Not.ToBeVisibleAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "companies-corpus.png") });

        await page.Locator("#companies-without-events > summary").ClickAsync();

        await Assertions.Expect(quiet.First).ToBeVisibleAsync();
        Assert.All(await page.Locator("#companies-without-events .company-grid .count").AllInnerTextsAsync(), c => Assert.Equal("暂无合作", c));
        await context.CloseAsync();
    }

    [Theory]
    [InlineData(1400)]
    [InlineData(390)]
    public async Task Year_only_events_close_their_year_on_the_timeline_under_a_heading_of_their_own(int width)
    {
        string company;
        int year;
        await using (var db = app.CreateContext())
        {
            var busiestYearOnly = await db.PartnershipEvents
                .Where(e => e.Date.Precision == NewsHub.Domain.DatePrecision.Year && e.SortDate != null)
                .GroupBy(e => new { e.CompanyA.CanonicalName, e.SortDate!.Value.Year })
                .OrderByDescending(g => g.Count()).ThenBy(g => g.Key.CanonicalName).ThenBy(g => g.Key.Year)
                .Select(g => g.Key)
                .FirstAsync();
            (company, year) = (busiestYearOnly.CanonicalName, busiestYearOnly.Year);
        }

        var page = await OpenAsync($"/?company={Uri.EscapeDataString(company)}&from={year}&to={year}", width);
        await page.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, $"timeline-year-only-{width}.png"), FullPage = true });

        var headings = await page.Locator($"section.timeline-year:has(#y-{year}) h3.month-heading").AllInnerTextsAsync();
        Assert.Equal($"{year}年（月份不详）", headings[^1]);
        Assert.DoesNotContain($"{year}年（月份不详）", headings.Take(headings.Count - 1));
    }

    private async Task<string> BusiestCompanyAsync()
    {
        await using var db = app.CreateContext();
        var ids = db.PartnershipEvents.Select(e => e.CompanyAId).Concat(db.PartnershipEvents.Select(e => e.CompanyBId));
        var id = ids.GroupBy(i => i).OrderByDescending(g => g.Count()).Select(g => g.Key).First();
        return db.Companies.Where(c => c.Id == id).Select(c => c.CanonicalName).Single();
    }
}
