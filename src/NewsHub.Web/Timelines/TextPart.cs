namespace NewsHub.Web.Timelines;

/// <summary>What a highlighted stretch of text is.</summary>
public enum HighlightKind
{
    /// <summary>Plain text.</summary>
    None,

    /// <summary>A company name as written.</summary>
    Company,

    /// <summary>The word that says they teamed up (合作, 签署, 合资 …).</summary>
    Trigger,
}

/// <summary>A stretch of text, highlighted or not. Pages encode <see cref="Text"/>; only the wrapping element is markup.</summary>
public sealed record TextPart(string Text, HighlightKind Kind);

/// <summary>A stretch of an article's clean text to highlight.</summary>
/// <param name="Start">Offset in the clean text.</param>
/// <param name="Text">The text expected there, used to check the offset and to find it when the offset is off.</param>
/// <param name="Kind">What it is.</param>
public readonly record struct HighlightSpan(int Start, string Text, HighlightKind Kind);
