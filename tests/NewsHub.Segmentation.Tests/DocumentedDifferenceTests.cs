using NewsHub.Segmentation.Tests.Reference;

namespace NewsHub.Segmentation.Tests;

/// <summary>The places where NewsHub.Segmentation deliberately differs from python3-jieba, each pinned down.</summary>
public sealed class DocumentedDifferenceTests
{
    [Fact]
    public async Task CutAll_leaves_out_the_empty_strings_python_jieba_yields_around_whitespace()
    {
        const string text = "宝马 与  华为\r\n合作";
        (IReadOnlyList<ReferenceCut> cuts, _) = await PythonJieba.RunAsync([text], new ReferenceOptions { PartOfSpeech = false });

        IReadOnlyList<string> python = cuts[0].CutAll;
        Assert.Contains("", python);   // re.split leaves empty strings between adjacent separators, and cut_all yields them
        Assert.Equal(python.Where(word => word.Length > 0), JiebaSegmenter.Default.CutAll(text));
    }

    [Fact]
    public async Task Tokenize_counts_offsets_in_utf16_code_units_where_python_counts_code_points()
    {
        const string text = "😀宝马";
        (IReadOnlyList<ReferenceCut> cuts, _) = await PythonJieba.RunAsync([text], new ReferenceOptions { PartOfSpeech = false });

        Assert.Equal((1, 3), cuts[0].SearchTokenSpans[^1]);
        Assert.Equal(new Token("宝马", 2, 4), JiebaSegmenter.Default.Tokenize(text)[^1]);
    }
}
