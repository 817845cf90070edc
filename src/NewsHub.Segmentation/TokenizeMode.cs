namespace NewsHub.Segmentation;

/// <summary>How <see cref="JiebaSegmenter.Tokenize"/> cuts, as jieba's <c>tokenize(mode=…)</c>.</summary>
public enum TokenizeMode
{
    /// <summary>The tokens of <see cref="JiebaSegmenter.Cut"/>: they do not overlap and cover the input.</summary>
    Default,

    /// <summary>
    /// The tokens of <see cref="JiebaSegmenter.CutForSearch"/>: each word longer than two characters is preceded
    /// by the dictionary words among its 2-grams and 3-grams, so tokens may overlap.
    /// </summary>
    Search,
}
