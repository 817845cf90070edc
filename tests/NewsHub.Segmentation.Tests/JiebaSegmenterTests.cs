using System.Text;

namespace NewsHub.Segmentation.Tests;

/// <summary>Behaviour of the public API beyond what the conformance tests compare with python.</summary>
public sealed class JiebaSegmenterTests
{
    private const string Sentence = "零跑汽车与宝马在沈阳合作生产";

    [Fact]
    public void Cut_of_empty_text_is_empty()
    {
        Assert.Empty(JiebaSegmenter.Default.Cut(""));
        Assert.Empty(JiebaSegmenter.Default.CutAll(""));
        Assert.Empty(JiebaSegmenter.Default.CutForSearch(""));
        Assert.Empty(JiebaSegmenter.Default.Tokenize(""));
        Assert.Empty(JiebaSegmenter.Default.TagPartsOfSpeech(""));
    }

    [Fact]
    public void Cut_rejects_null_text() =>
        Assert.Throws<ArgumentNullException>(() => JiebaSegmenter.Default.Cut(null!));

    [Fact]
    public void Cut_keeps_a_surrogate_pair_in_one_token_and_an_unpaired_surrogate_alone()
    {
        Assert.Equal(["我", "爱", "😀", "北京"], JiebaSegmenter.Default.Cut("我爱😀北京"));
        Assert.Equal(["\uD83D", "北京"], JiebaSegmenter.Default.Cut("\uD83D北京"));
    }

    [Fact]
    public void Cut_joins_ascii_letters_and_digits_with_the_han_characters_of_dictionary_words_only()
    {
        Assert.Equal(["4680", "电池"], JiebaSegmenter.Default.Cut("4680电池"));
        Assert.Equal(["iX3"], JiebaSegmenter.Default.Cut("iX3"));
        Assert.Equal(["Ａ", "Ｂ", "１"], JiebaSegmenter.Default.Cut("ＡＢ１"));
    }

    [Fact]
    public void Tokenize_offsets_locate_each_word_in_the_input()
    {
        const string text = "宝马iX3\r\n在😀沈阳生产";
        IReadOnlyList<Token> tokens = JiebaSegmenter.Default.Tokenize(text);

        Assert.All(tokens, token => Assert.Equal(token.Word, text[token.Start..token.End]));
        Assert.Equal(text.Length, tokens[^1].End);
        Assert.Contains(new Token("\r\n", 5, 7), tokens);
    }

    [Fact]
    public void AddWord_makes_a_new_name_come_out_whole_in_that_instance_only()
    {
        var segmenter = new JiebaSegmenter();
        Assert.DoesNotContain("零跑汽车", segmenter.Cut(Sentence));

        segmenter.AddWord("零跑汽车", tag: "nt");

        Assert.Contains("零跑汽车", segmenter.Cut(Sentence));
        Assert.Contains(new Token("零跑汽车", 0, 4), segmenter.Tokenize(Sentence));
        Assert.Contains(new TaggedToken("零跑汽车", "nt", 0, 4), segmenter.TagPartsOfSpeech(Sentence));
        Assert.DoesNotContain("零跑汽车", JiebaSegmenter.Default.Cut(Sentence));
        Assert.DoesNotContain("零跑汽车", new JiebaSegmenter().Cut(Sentence));
    }

    [Fact]
    public void DeleteWord_splits_a_dictionary_word_and_keeps_it_as_a_prefix()
    {
        var segmenter = new JiebaSegmenter();
        Assert.Contains("合作", segmenter.Cut(Sentence, hmm: false));

        segmenter.DeleteWord("合作");

        Assert.DoesNotContain("合作", segmenter.Cut(Sentence));
        Assert.Equal(0, segmenter.GetFrequency("合作"));
        Assert.True(JiebaSegmenter.Default.GetFrequency("合作") > 0);
    }

    [Fact]
    public void GetFrequency_is_zero_for_a_mere_prefix_and_null_for_an_unknown_string()
    {
        Assert.Equal(0, JiebaSegmenter.Default.GetFrequency("中华人民共和"));
        Assert.Null(JiebaSegmenter.Default.GetFrequency("零跑汽车"));
        Assert.Equal("ns", JiebaSegmenter.Default.GetTag("北京"));
    }

    [Fact]
    public void AddWord_rejects_an_empty_word_and_a_negative_frequency()
    {
        var segmenter = new JiebaSegmenter();
        Assert.Throws<ArgumentException>(() => segmenter.AddWord(""));
        Assert.Throws<ArgumentOutOfRangeException>(() => segmenter.AddWord("零跑", -1));
    }

    [Fact]
    public void LoadUserDictionary_reads_jiebas_format_from_a_reader()
    {
        var segmenter = new JiebaSegmenter();
        segmenter.LoadUserDictionary(new StringReader("零跑汽车 10 nt\n\n阿维塔 nz\n"));

        Assert.Equal(10, segmenter.GetFrequency("零跑汽车"));
        Assert.Equal("nz", segmenter.GetTag("阿维塔"));
        Assert.Contains("阿维塔", segmenter.Cut("阿维塔发布新车"));
    }

    [Fact]
    public void LoadUserDictionary_rejects_a_file_that_is_not_utf8()
    {
        string path = Path.Combine(Path.GetTempPath(), $"newshub-gbk-{Guid.NewGuid():N}.txt");
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        File.WriteAllBytes(path, Encoding.GetEncoding("GB18030").GetBytes("零跑汽车 10 nt\n"));
        try
        {
            FormatException error = Assert.Throws<FormatException>(() => new JiebaSegmenter().LoadUserDictionary(path));
            Assert.Contains("UTF-8", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }

    [Fact]
    public void LoadUserDictionary_rejects_a_frequency_too_large_for_an_int_and_names_the_line()
    {
        FormatException error = Assert.Throws<FormatException>(() =>
            new JiebaSegmenter().LoadUserDictionary(new StringReader("零跑 1\n零跑汽车 99999999999 nt\n")));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_main_dictionary_of_your_own_replaces_the_default_one()
    {
        var segmenter = new JiebaSegmenter(new StringReader("零跑 5 nz\n零跑汽车 10 nt\n汽车 20 n\n\n合作 30 v\n"));

        Assert.Equal(["零跑汽车", "合作"], segmenter.Cut("零跑汽车合作", hmm: false));
        Assert.Equal("nt", segmenter.GetTag("零跑汽车"));
        Assert.Null(segmenter.GetFrequency("宝马"));
    }

    [Fact]
    public void A_main_dictionary_line_without_a_frequency_is_rejected_with_its_line_number()
    {
        FormatException error = Assert.Throws<FormatException>(() => new JiebaSegmenter(new StringReader("零跑 5\n汽车\n")));
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cuts_running_while_words_are_added_see_the_dictionary_before_or_after_each_change()
    {
        var segmenter = new JiebaSegmenter();
        string[] names = [.. Enumerable.Range(0, 200).Select(i => $"测试公司{i}号")];
        string text = string.Join("，", names);
        IReadOnlyList<string> before = segmenter.Cut(text);
        using var done = new CancellationTokenSource();

        Task<int>[] readers = [.. Enumerable.Range(0, 4).Select(_ => Task.Run(() =>
        {
            int cuts = 0;
            do
            {
                IReadOnlyList<string> words = segmenter.Cut(text);
                Assert.Equal(text, string.Concat(words));
                cuts++;
            }
            while (!done.IsCancellationRequested);
            return cuts;
        }))];
        foreach (string name in names)
        {
            segmenter.AddWord(name, 1000);
        }

        await done.CancelAsync();
        int[] cutCounts = await Task.WhenAll(readers);

        Assert.All(cutCounts, count => Assert.True(count > 0));
        Assert.NotEqual(before, segmenter.Cut(text));
        Assert.All(names, name => Assert.Contains(name, segmenter.Cut(text)));
    }
}
