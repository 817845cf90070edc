using System.Text;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Tests.Reading;

public class EncodingTests
{
    private const string Text = "　　上汽集团和阿里巴巴签署战略协议。扩展字符𠀀也在其中。\r\n　　第二段。";

    static EncodingTests() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    [Fact]
    public void Reads_utf8_without_a_byte_order_mark()
    {
        var document = ArticleFiles.Read(Encoding.UTF8.GetBytes(Text), "/articles/a.txt");

        Assert.Equal("utf-8", document.Encoding);
        Assert.Equal("上汽集团和阿里巴巴签署战略协议。扩展字符𠀀也在其中。\n第二段。", document.CleanText);
    }

    [Fact]
    public void Reads_gb18030_when_the_bytes_are_not_utf8()
    {
        var document = ArticleFiles.Read(Encoding.GetEncoding("GB18030").GetBytes(Text), "/articles/a.txt");

        Assert.Equal("gb18030", document.Encoding);
        Assert.Equal("上汽集团和阿里巴巴签署战略协议。扩展字符𠀀也在其中。\n第二段。", document.CleanText);
    }

    [Fact]
    public void Refuses_bytes_that_are_neither_utf8_nor_gb18030()
    {
        var error = ArticleFiles.Fails([.. "正文"u8, 0xFF, 0xFE, 0x80, .. "更多"u8], "/articles/latin.txt");

        Assert.Equal(ReadFailure.UnknownEncoding, error.Failure);
        Assert.StartsWith("/articles/latin.txt: ", error.Message, StringComparison.Ordinal);
        Assert.Contains("neither UTF-8 nor GB18030", error.Message, StringComparison.Ordinal);
    }
}
