using System.Text;
using NewsHub.Segmentation.Tests.Reference;
using Xunit.Abstractions;

namespace NewsHub.Segmentation.Tests;

/// <summary>
/// User dictionaries, added and deleted words and suggested frequencies, compared with python3-jieba after the
/// same changes in the same order.
/// </summary>
public sealed class UserDictionaryConformanceTests(ITestOutputHelper output) : IDisposable
{
    // A BOM, blank lines, words with and without frequency and tag, a word with a space, ASCII and digits.
    private const string UserDictionary =
        "\uFEFF云计算 5 n\n创新办 3 i\n\n台中\n蔚来汽车 100 nt\n小鹏 nz\n宝马iX3 20\n4680电池 30 n\nModel Y 50 nz\n" +
        "  李小福 2 nr  \r\n凯特琳 nz\n八一双鹿 1000\n";

    private static readonly string[] Sentences =
    [
        "李小福是创新办主任也是云计算方面的专家", "台中正确应该不会被切开", "蔚来汽车与小鹏宣布合作，宝马iX3搭载4680电池",
        "特斯拉Model Y降价", "凯特琳是八一双鹿的队员", "如果放到post中将出错。", "「台中」正确应该不会被切开",
        "今天天气不错", "我们中出了一个叛徒", "吴国的国王和越国的国王", "江州市长江大桥参加了长江大桥的通车仪式",
        "他来到了网易杭研大厦", "小明硕士毕业于中国科学院计算所", "中将军衔", "上海自来水来自海上",
    ];

    private static readonly (string Word, int? Frequency, string? Tag)[] AddedWords =
    [
        ("杭研", null, null), ("中出", 5, "v"), ("自来水来", null, "n"), ("市长江", 0, null), ("吴国的国王", 10, null),
        ("天气不错", null, null), ("将出错", 3, "v"),
    ];

    private static readonly string[] DeletedWords = ["今天", "长江大桥", "大厦"];

    private static readonly IReadOnlyList<string>[] Suggestions =
    [
        ["台中"], ["中", "将"], ["今天天气"], ["今天", "天气"], ["自来水"], ["江州", "市长"], ["云计算"], ["杭研"], ["一", "个"],
    ];

    private readonly string _dictionaryPath = Path.Combine(Path.GetTempPath(), $"newshub-userdict-{Guid.NewGuid():N}.txt");

    [Fact]
    public async Task Cuts_after_loading_a_user_dictionary_and_adding_and_deleting_words_match_python_jieba()
    {
        File.WriteAllText(_dictionaryPath, UserDictionary, new UTF8Encoding(false));
        string[] inputs = [.. Sentences, .. ConformanceInputs.Hostile.Take(40)];
        (IReadOnlyList<ReferenceCut> expected, IReadOnlyList<int> suggestions) = await PythonJieba.RunAsync(inputs, new ReferenceOptions
        {
            UserDictionaryPath = _dictionaryPath,
            AddedWords = AddedWords,
            DeletedWords = DeletedWords,
            Suggestions = Suggestions,
        });

        var segmenter = new JiebaSegmenter();
        segmenter.LoadUserDictionary(_dictionaryPath);
        foreach ((string word, int? frequency, string? tag) in AddedWords)
        {
            segmenter.AddWord(word, frequency, tag);
        }

        foreach (string word in DeletedWords)
        {
            segmenter.DeleteWord(word);
        }

        Assert.Equal(suggestions, Suggestions.Select(parts => parts.Count == 1
            ? segmenter.SuggestFrequency(parts[0])
            : segmenter.SuggestFrequency(parts)));
        for (int i = 0; i < inputs.Length; i++)
        {
            string text = inputs[i];
            ReferenceCut want = expected[i];
            Assert.Equal(want.Cut, segmenter.Cut(text));
            Assert.Equal(want.CutWithoutHmm, segmenter.Cut(text, hmm: false));
            Assert.Equal(want.CutAll.Where(word => word.Length > 0), segmenter.CutAll(text));
            Assert.Equal(want.CutForSearch, segmenter.CutForSearch(text));
            Assert.Equal(want.CutForSearchWithoutHmm, segmenter.CutForSearch(text, hmm: false));
            Assert.Equal(want.PartOfSpeech, segmenter.TagPartsOfSpeech(text).Select(token => (token.Word, token.Tag)));
        }

        output.WriteLine($"{inputs.Length} inputs × 6 modes and {Suggestions.Length} suggested frequencies identical to python3-jieba");
    }

    [Fact]
    public async Task Tuning_a_frequency_changes_the_cut_as_python_jiebas_suggest_freq_does()
    {
        // jieba's README example: suggest_freq(('中', '将'), True) splits 中将; suggest_freq('台中', True) joins 台中.
        string[] inputs = ["如果放到post中将出错。", "「台中」正确应该不会被切开"];
        int splitFrequency = new JiebaSegmenter().SuggestFrequency(["中", "将"]);
        (IReadOnlyList<ReferenceCut> expected, _) = await PythonJieba.RunAsync(inputs, new ReferenceOptions
        {
            AddedWords = [("中将", splitFrequency, null), ("台中", new JiebaSegmenter().SuggestFrequency("台中"), null)],
            PartOfSpeech = false,
        });

        var segmenter = new JiebaSegmenter();
        Assert.Equal(["如果", "放到", "post", "中将", "出错", "。"], segmenter.Cut(inputs[0], hmm: false));
        segmenter.SuggestFrequency(["中", "将"], tune: true);
        segmenter.SuggestFrequency("台中", tune: true);

        Assert.Equal(["如果", "放到", "post", "中", "将", "出错", "。"], segmenter.Cut(inputs[0], hmm: false));
        Assert.Equal(expected[0].CutWithoutHmm, segmenter.Cut(inputs[0], hmm: false));
        Assert.Equal(expected[1].Cut, segmenter.Cut(inputs[1]));
        Assert.Contains("台中", segmenter.Cut(inputs[1]));
    }

    public void Dispose() => File.Delete(_dictionaryPath);
}
