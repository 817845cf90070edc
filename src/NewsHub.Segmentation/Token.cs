namespace NewsHub.Segmentation;

/// <summary>A word of the input and where it lies in it, as returned by <see cref="JiebaSegmenter.Tokenize"/>.</summary>
/// <param name="Word">The word.</param>
/// <param name="Start">Offset of the word's first UTF-16 code unit in the input.</param>
/// <param name="End">Offset just past the word's last UTF-16 code unit (exclusive), so <c>End - Start == Word.Length</c>.</param>
/// <remarks>
/// python3-jieba counts offsets in code points; these are UTF-16 offsets, so they differ from python's after a
/// character outside the Basic Multilingual Plane (an emoji, say), and <c>input[Start..End]</c> always holds.
/// </remarks>
public readonly record struct Token(string Word, int Start, int End);
