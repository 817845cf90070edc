namespace NewsHub.Segmentation;

/// <summary>A word with its part-of-speech tag and offsets, as returned by <see cref="JiebaSegmenter.TagPartsOfSpeech"/>.</summary>
/// <param name="Word">The word.</param>
/// <param name="Tag">
/// Its tag in jieba's (ICTCLAS-style) tag set: <c>n</c> noun, <c>nr</c> person, <c>ns</c> place, <c>nt</c>
/// organisation, <c>nz</c> other proper noun, <c>v</c> verb, <c>m</c> numeral, <c>eng</c> Latin letters,
/// <c>x</c> unknown or punctuation, and so on.
/// </param>
/// <param name="Start">Offset of the word's first UTF-16 code unit in the input.</param>
/// <param name="End">Offset just past the word's last UTF-16 code unit (exclusive).</param>
public readonly record struct TaggedToken(string Word, string Tag, int Start, int End);
