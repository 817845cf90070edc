namespace NewsHub.Ingestion.Companies.Discovery;

/// <summary>
/// Whether one Latin name is the short form of another the article gives (C.AI of Character.AI, GM of General
/// Motors, SB of SoftBank): the press writes a company's name in full once and shortens it after.
/// </summary>
internal static class Abbreviations
{
    private static readonly char[] Separators = [' ', '.', '-'];

    /// <summary>
    /// Whether <paramref name="shortForm"/> takes its letters, in order, from the starts of
    /// <paramref name="longForm"/>'s parts and its capitals (C.AI: C of Character, A and I of AI; GM: General Motors), and starts as it does.
    /// </summary>
    public static bool Abbreviates(string shortForm, string longForm)
    {
        if (shortForm.Length >= longForm.Length || shortForm.Any(char.IsWhiteSpace)
            || char.ToUpperInvariant(shortForm[0]) != char.ToUpperInvariant(longForm[0]))
        {
            return false;
        }

        // An abbreviation is written in capitals (C.AI, GM); a shorter word (Boring of Not Boring) is no abbreviation.
        var letters = shortForm.Where(char.IsAsciiLetterOrDigit).ToArray();
        if (letters.Length < 2 || !letters.All(char.IsAsciiLetterUpper))
        {
            return false;
        }

        // The letters the long form marks as a part's start: its first letter, each capital, each letter after a separator.
        var marks = new List<(int Index, char Letter)>();
        for (var i = 0; i < longForm.Length; i++)
        {
            if (char.IsAsciiLetterOrDigit(longForm[i]) && (i == 0 || char.IsAsciiLetterUpper(longForm[i]) || Separators.Contains(longForm[i - 1])))
            {
                marks.Add((i, char.ToUpperInvariant(longForm[i])));
            }
        }

        var next = 0;
        foreach (var letter in letters)
        {
            while (next < marks.Count && marks[next].Letter != letter)
            {
                next++;
            }

            if (next == marks.Count)
            {
                return false;
            }

            next++;
        }

        return true;
    }
}
