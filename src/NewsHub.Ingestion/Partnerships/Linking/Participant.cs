using System.Buffers;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Partnerships.Text;

namespace NewsHub.Ingestion.Partnerships.Linking;

/// <summary>
/// One company at one place of the compact text: a tagged mention, or several written next to each
/// other that fold into the same group (<c>百度Apollo</c>, <c>沙特主权财富基金 PIF</c>).
/// </summary>
internal sealed class Participant(CompanyMention mention, TextSpan span)
{
    /// <summary>The first mention, whose name and offsets the evidence gives.</summary>
    public CompanyMention Mention { get; } = mention;

    /// <summary>Where it stands in the compact text.</summary>
    public TextSpan Span { get; private set; } = span;

    public int Start => Span.Start;

    public int End => Span.End;

    public string Group => Mention.Group;

    public CompanyRole Role => Mention.Role;

    /// <summary>Carmakers, battery and parts makers, mobility companies: one of them must take part in a partnership.</summary>
    public bool IsAutomotive => Role.IsAutomotive();

    /// <summary>Takes in the next mention of the same group written right after this one.</summary>
    public void Extend(int end) => Span = Span with { End = end };

    /// <summary>
    /// The participants of <paramref name="mentions"/> in text order, on the compact text: overlapping
    /// mentions keep the longest, and a group named twice in a row (<c>百度Apollo</c>) is one participant.
    /// </summary>
    public static List<Participant> FromMentions(CompactText text, IReadOnlyList<CompanyMention> mentions)
    {
        var placed = mentions
            .Where(m => m.Length > 0)
            .Select(m => (Mention: m, Span: new TextSpan(text.FromOriginal(m.Start), text.FromOriginal(m.End))))
            .Where(p => p.Span.Length > 0)
            .OrderBy(p => p.Span.Start)
            .ThenByDescending(p => p.Span.Length)
            .ToList();

        var participants = new List<Participant>();
        foreach (var (mention, span) in placed)
        {
            var last = participants.Count > 0 ? participants[^1] : null;
            if (last is not null && span.Start < last.End)
            {
                continue;
            }

            if (last is not null && last.Group == mention.Group && IsSameNameAgain(text.Slice(last.End, span.Start)))
            {
                last.Extend(span.End);
                continue;
            }

            participants.Add(new Participant(mention, span));
        }

        return participants;
    }

    /// <summary>Nothing but brackets, quotes or a space between two names of one group.</summary>
    private static bool IsSameNameAgain(ReadOnlySpan<char> gap) =>
        gap.Length <= 3 && !gap.ContainsAnyExcept(NameAgainFillers);

    private static readonly SearchValues<char> NameAgainFillers = SearchValues.Create(" ()（）“”「」\"·");
}
