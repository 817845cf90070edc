using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Tests.Reading;

public class SegmentedTextTests
{
    [Fact]
    public void Separators_between_chinese_words_and_punctuation_go()
    {
        Assert.Equal("上汽集团和阿里巴巴签署的“互联网汽车”战略协议，", SegmentedText.Join("上汽 集团 和 阿里巴巴 签署 的 “ 互联网 汽车 ” 战略 协议 ，"));
    }

    [Fact]
    public void When_whitespace_is_kept_as_a_word_every_real_space_comes_back_and_no_other()
    {
        // jieba: "Model 3 的 9.4GWh 电池" → Model,  , 3,  , 的,  , 9.4, GWh,  , 电池
        Assert.Equal("Model 3 的 9.4GWh 电池", SegmentedText.Join("Model   3   的   9.4 GWh   电池"));
    }

    [Fact]
    public void When_whitespace_was_dropped_a_single_space_between_latin_words_is_kept()
    {
        Assert.Equal("通用汽车的Onstar 4G服务登陆Model 3", SegmentedText.Join("通用汽车 的 Onstar 4G 服务 登陆 Model 3"));
    }

    [Fact]
    public void Lines_stay_lines()
    {
        Assert.Equal("第一行。\n第二行。", SegmentedText.Join("第一 行 。\n第二 行 。"));
    }

    [Fact]
    public void Segmented_text_is_recognised_by_statistics_whatever_the_file_is_called()
    {
        const string text = "传统 车企 与 IT 大佬 们 的 联姻 ， 上汽 和 阿里巴巴 签署 了 战略 协议 ， 双方 将 在 车载 应用 及 服务 领域 展开 合作 。";

        var document = ArticleFiles.Read(text, "/articles/news.md");

        Assert.Equal(ArticleFormat.SpaceSegmentedText, document.Format);
        Assert.Equal("传统车企与IT大佬们的联姻，上汽和阿里巴巴签署了战略协议，双方将在车载应用及服务领域展开合作。", document.CleanText);
    }

    [Theory]
    [InlineData("新华网上海5月10日电 中国石化集团上海工程有限公司最近与中石化第二建设公司组成联合体，一举成为项目的总承包商。")]
    [InlineData("华为 25 亿元转让问界商标给赛力斯；苹果或入 OpenAI 董事会；闲鱼上线「简历」功能，帮用户搞副业赚钱。")]
    public void Normal_chinese_with_a_few_spaces_is_not_segmented(string text) => Assert.False(SegmentedText.LooksSegmented(text));
}
