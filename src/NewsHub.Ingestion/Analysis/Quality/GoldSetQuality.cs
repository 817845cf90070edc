namespace NewsHub.Ingestion.Analysis.Quality;

/// <summary>How NewsHub scored on one gold set: its analysis of the files, and (when measured) its stored import.</summary>
/// <param name="Set">The gold set's name (<c>gold/corpus</c>).</param>
/// <param name="Analyzed">The score of <c>newshub analyze</c> on the set's articles.</param>
/// <param name="Stored">The score of the events stored for them, or null when the database was not asked.</param>
public sealed record GoldSetQuality(string Set, AnalysisScore Analyzed, AnalysisScore? Stored);
