using NewsHub.Ingestion.Partnerships.Text;

namespace NewsHub.Ingestion.Tests.Partnerships;

/// <summary>The one shape the rules read: spaces between Chinese words gone, offsets kept.</summary>
public sealed class CompactTextTests
{
    [Fact]
    public void Drops_spaces_between_chinese_words_and_keeps_those_between_latin_words()
    {
        var text = CompactText.Create("2014 年 10 月 17 日 ， LG Energy Solution 与 SK On 签约");

        Assert.Equal("2014年10月17日，LG Energy Solution与SK On签约", text.Value);
    }

    [Fact]
    public void Maps_every_compact_offset_back_to_the_original()
    {
        const string original = "上汽 和 阿里巴巴 签署 协议";
        var text = CompactText.Create(original);
        var start = text.Value.IndexOf("阿里巴巴", StringComparison.Ordinal);

        Assert.Equal("阿里巴巴", original[text.ToOriginal(start)..text.ToOriginalEnd(start + 4)]);
        Assert.Equal(start, text.FromOriginal(original.IndexOf("阿里巴巴", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_comma_and_space_after_chinese_ends_a_sentence_and_double_ideographic_spaces_a_paragraph()
    {
        var text = CompactText.Create("上汽 和 阿里巴巴 ,   　 　 时间 ： 7 月 23 日");
        var layout = TextLayout.Build(text);

        Assert.Equal("上汽和阿里巴巴。\n时间：7月23日", text.Value);
        Assert.Equal(2, layout.Paragraphs.Count);
    }

    [Fact]
    public void Makes_full_width_digits_and_letters_ascii()
    {
        Assert.Equal("93.6万台，2021年", CompactText.Create("９３．６万台，２０２１年").Value);
    }

    [Fact]
    public void Cuts_sentences_at_full_stops_and_clauses_at_commas_but_not_inside_numbers()
    {
        var layout = TextLayout.Build(CompactText.Create("持股比例60：40，营收1,000亿。“他说。”下一句！"));

        Assert.Equal(3, layout.Sentences.Count);
        Assert.Equal(2, layout.Sentences[0].Clauses.Count);
    }
}
