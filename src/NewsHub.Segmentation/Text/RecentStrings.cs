namespace NewsHub.Segmentation.Text;

/// <summary>
/// A small, lock-free cache of the short strings the cutters create for words the dictionary does not hold
/// (names the HMM finds, Latin words, numbers): an article repeats them, and each repeat then costs a lookup
/// instead of an allocation. It is direct-mapped and bounded (4,096 strings of at most 32 characters); a
/// collision simply replaces the older string, and a race at worst creates an equal string twice.
/// </summary>
internal static class RecentStrings
{
    private const int MaxLength = 32;
    private const int Size = 4096;   // a power of two

    private static readonly string?[] Cache = new string?[Size];

    /// <summary>A string equal to <paramref name="chars"/>, shared when the same characters were seen recently.</summary>
    public static string Get(ReadOnlySpan<char> chars)
    {
        if (chars.Length > MaxLength)
        {
            return new string(chars);
        }

        ref string? slot = ref Cache[string.GetHashCode(chars) & (Size - 1)];
        string? cached = slot;
        if (cached is not null && chars.SequenceEqual(cached))
        {
            return cached;
        }

        string created = new(chars);
        slot = created;
        return created;
    }
}
