namespace NewsHub.Ingestion.Companies.Tagging;

/// <summary>A place where a company may be named, before context has decided.</summary>
/// <param name="Start">UTF-16 offset in the text.</param>
/// <param name="Length">Length in UTF-16 code units.</param>
/// <param name="Company">Index of the company in the catalog.</param>
/// <param name="IsAmbiguous">Whether the name needs context to count.</param>
/// <param name="IsDeclared">Whether the name is an alias the article itself declared (（以下简称“X”）).</param>
internal sealed record Candidate(int Start, int Length, int Company, bool IsAmbiguous, bool IsDeclared)
{
    public int End => Start + Length;

    public bool Overlaps(Candidate other) => Start < other.End && other.Start < End;
}
