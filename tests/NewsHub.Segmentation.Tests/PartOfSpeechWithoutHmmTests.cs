using System.Globalization;
using NewsHub.Segmentation.Tests.Reference;
using Xunit.Abstractions;

namespace NewsHub.Segmentation.Tests;

/// <summary>
/// <c>posseg.cut(text, HMM=False)</c>, which the main conformance run leaves out to keep python's time down, over
/// the seed lines, the hostile strings and 500 random strings.
/// </summary>
public sealed class PartOfSpeechWithoutHmmTests(ITestOutputHelper output)
{
    [Fact]
    public async Task TagPartsOfSpeech_without_hmm_matches_python_jieba_posseg()
    {
        string[] inputs =
        [
            .. ConformanceInputs.SharedFiles().Where(file => file.Name.StartsWith("seeds", StringComparison.Ordinal))
                .SelectMany(file => file.Text.Split('\n')).Distinct(StringComparer.Ordinal),
            .. ConformanceInputs.Hostile, .. ConformanceInputs.Fuzz(500, seed: 42),
        ];
        (IReadOnlyList<ReferenceCut> expected, _) = await PythonJieba.RunAsync(inputs, new ReferenceOptions { PartOfSpeechWithoutHmm = true });

        int identical = 0;
        for (int i = 0; i < inputs.Length; i++)
        {
            IReadOnlyList<TaggedToken> tokens = JiebaSegmenter.Default.TagPartsOfSpeech(inputs[i], hmm: false);
            Assert.Equal(expected[i].PartOfSpeech, tokens.Select(token => (token.Word, token.Tag)));
            Assert.All(tokens, token => Assert.Equal(token.Word, inputs[i][token.Start..token.End]));
            identical++;
        }

        output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"posseg.cut(HMM=False): {identical}/{inputs.Length} inputs identical"));
    }
}
