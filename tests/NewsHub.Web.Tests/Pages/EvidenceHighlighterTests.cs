using NewsHub.Web.Timelines;

namespace NewsHub.Web.Tests.Pages;

public class EvidenceHighlighterTests
{
    [Fact]
    public void Offsets_into_the_clean_text_mark_names_and_trigger_in_the_sentence()
    {
        // The sentence starts at offset 100 of its article.
        var parts = EvidenceHighlighter.Highlight("北汽与华为签署协议。", 100,
        [
            new HighlightSpan(100, "北汽", HighlightKind.Company),
            new HighlightSpan(103, "华为", HighlightKind.Company),
            new HighlightSpan(105, "签署", HighlightKind.Trigger),
        ]);

        Assert.Equal(
            [
                new TextPart("北汽", HighlightKind.Company), new TextPart("与", HighlightKind.None), new TextPart("华为", HighlightKind.Company),
                new TextPart("签署", HighlightKind.Trigger), new TextPart("协议。", HighlightKind.None),
            ],
            parts);
    }

    [Fact]
    public void A_stale_offset_is_corrected_by_finding_the_name_in_the_sentence()
    {
        var parts = EvidenceHighlighter.Highlight("据悉，吉利与百度合作。", 0, [new HighlightSpan(40, "百度", HighlightKind.Company)]);

        Assert.Equal([new TextPart("据悉，吉利与", HighlightKind.None), new TextPart("百度", HighlightKind.Company), new TextPart("合作。", HighlightKind.None)], parts);
    }

    [Fact]
    public void Overlapping_or_absent_spans_are_left_out_and_the_text_is_kept_whole()
    {
        const string Evidence = "长安汽车与华为合作。";
        var parts = EvidenceHighlighter.Highlight(Evidence, 0,
        [
            new HighlightSpan(0, "长安汽车", HighlightKind.Company),
            new HighlightSpan(0, "长安", HighlightKind.Company),
            new HighlightSpan(9, "宁德时代", HighlightKind.Company),
        ]);

        Assert.Equal(Evidence, string.Concat(parts.Select(p => p.Text)));
        Assert.Equal([new TextPart("长安汽车", HighlightKind.Company)], parts.Where(p => p.Kind != HighlightKind.None));
    }

    [Fact]
    public void Highlighted_html_encodes_every_part()
    {
        var html = HighlightHtml.Render([new TextPart("<b>", HighlightKind.None), new TextPart("A&B", HighlightKind.Company)]);
        using var writer = new StringWriter();
        html.WriteTo(writer, System.Text.Encodings.Web.HtmlEncoder.Default);

        Assert.Equal("&lt;b&gt;<mark class=\"hl-company\">A&amp;B</mark>", writer.ToString());
    }
}
