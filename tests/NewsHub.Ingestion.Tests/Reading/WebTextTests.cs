using System.Text;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Tests.Reading;

/// <summary>Decoding fetched pages and feeds: header charset, then declared charset, then detection.</summary>
public class WebTextTests
{
    private const string Text = "<p>汽車產業新聞：電動車銷量成長。</p>";

    static WebTextTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Decodes_by_the_charset_of_the_content_type_header_first()
    {
        var bytes = Encoding.GetEncoding("big5").GetBytes(Text);

        var decoded = WebText.Decode("https://example.com/a", bytes, headerCharset: "big5");

        Assert.Equal(Text, decoded.Text);
        Assert.Equal("big5", decoded.EncodingName);
    }

    [Fact]
    public void Decodes_by_a_meta_charset_when_the_header_names_none()
    {
        var page = "<html><head><meta charset=\"big5\"></head><body>" + Text + "</body></html>";

        var decoded = WebText.Decode("https://example.com/a", Encoding.GetEncoding("big5").GetBytes(page), headerCharset: null);

        Assert.Equal(page, decoded.Text);
    }

    [Fact]
    public void Reads_a_page_labelled_gb2312_that_holds_gbk_characters()
    {
        // 镕 is in GBK but not in GB2312; pages labelled gb2312 hold such characters all the time.
        const string Page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"></head><body>朱镕基</body></html>";

        var decoded = WebText.Decode("https://example.com/a", Encoding.GetEncoding("GBK").GetBytes(Page), headerCharset: null);

        Assert.Equal(Page, decoded.Text);
        Assert.Equal("gb18030", decoded.EncodingName);
    }

    [Fact]
    public void Detects_the_encoding_when_a_label_contradicts_the_bytes()
    {
        var bytes = Encoding.GetEncoding("GBK").GetBytes(Text);

        var decoded = WebText.Decode("https://example.com/a", bytes, headerCharset: "utf-8");

        Assert.Equal(Text, decoded.Text);
        Assert.Equal("gb18030", decoded.EncodingName);
    }

    [Fact]
    public void Finds_the_encoding_an_xml_declaration_names()
    {
        Assert.Equal("GBK", WebText.DeclaredCharset("<?xml version=\"1.0\" encoding=\"GBK\"?><rss/>"u8));
    }
}
