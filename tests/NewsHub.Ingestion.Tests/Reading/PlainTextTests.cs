using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Tests.Reading;

public class PlainTextTests
{
    [Fact]
    public void A_short_first_line_that_reads_as_a_headline_is_the_title()
    {
        var document = ArticleFiles.Read("比亚迪与百度达成合作\n　　2022年2月28日，比亚迪宣布与百度达成合作。\n", "/articles/a.txt");

        Assert.Equal(ArticleFormat.PlainText, document.Format);
        Assert.Equal("比亚迪与百度达成合作", document.Title);
        Assert.Equal("比亚迪与百度达成合作\n2022年2月28日，比亚迪宣布与百度达成合作。", document.CleanText);
    }

    [Fact]
    public void Without_a_headline_the_title_is_the_start_of_the_first_sentence()
    {
        var document = ArticleFiles.Read("　　全球性汽车品牌应如何在中国做售后服务？中国经济时报记者就这一话题曾分别与两位高层人士讨论过。", "/articles/a.txt");

        Assert.Equal("全球性汽车品牌应如何在中国做售后服务", document.Title);
    }

    [Fact]
    public void A_very_long_first_sentence_is_cut_for_the_title()
    {
        var sentence = string.Concat(Enumerable.Repeat("很长的句子", 20)) + "。";

        var document = ArticleFiles.Read(sentence, "/articles/a.txt");

        Assert.Equal(ArticleTitle.MaxSentenceTitleLength + 1, document.Title.Length);
        Assert.EndsWith("…", document.Title, StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_ending_like_a_clause_is_not_a_headline()
    {
        var document = ArticleFiles.Read("据报道，\n比亚迪宣布与百度达成合作。\n", "/articles/a.txt");

        Assert.Equal("据报道", document.Title);
    }

    [Fact]
    public void Full_width_indents_split_paragraphs_that_lost_their_line_breaks()
    {
        var document = ArticleFiles.Read("　　第一段。　　第二段。 　　第三段，单个　全角空格只是空格。", "/articles/a.txt");

        Assert.Equal("第一段。\n第二段。\n第三段，单个 全角空格只是空格。", document.CleanText);
    }

    [Fact]
    public void Invisible_characters_and_repeated_spaces_are_removed_from_clean_text()
    {
        var document = ArticleFiles.Read("正文\u200B里有\uFEFF零宽字符，  还有   多个空格。\n", "/articles/a.txt");

        Assert.Equal("正文里有零宽字符， 还有 多个空格。", document.CleanText);
    }
}
