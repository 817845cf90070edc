namespace NewsHub.Ingestion.Partnerships.Lexicon;

/// <summary>
/// The grammar words every construction shares, defined once: the words that bring in a partner (与, 和, 跟, 同) and
/// the characters that patterns built from them use.
/// </summary>
/// <remarks>
/// Patterns are compiled at build time, so they take the characters as a constant (<see cref="PartnerChars"/>);
/// code takes the words (<see cref="Partner"/>). Both come from the one constant, so a new partner word is added once.
/// </remarks>
internal static class GrammarWords
{
    /// <summary>与, 和, 跟, 同 as the characters of a pattern's character class.</summary>
    public const string PartnerChars = "与和跟同";

    /// <summary>与, 和, 跟, 同: each brings in the one teamed up with (<c>A与B合作</c>), or compared with (<c>与B类似</c>).</summary>
    public static readonly string[] Partner = [.. PartnerChars.Select(c => c.ToString())];

    /// <summary>
    /// The partner words that stay prepositions after a partner split off by 和 (<c>A和B与C签约</c>): they bring in the
    /// one both sign with, where a second 和 would only go on with the list.
    /// </summary>
    public static readonly string[] PrepositionalPartner = [.. Partner.Where(w => w != "和")];
}
