using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Analysis.Quality;

/// <summary>
/// The analysis of a gold set's articles as <c>newshub analyze</c> prints it, line for line, and its score:
/// what the analysis alone, without a database, makes of the articles.
/// </summary>
public sealed class GoldSetAnalysis(ArticleAnalyzer analyzer, ArticleReader reader)
{
    private readonly ArticleAnalyzer _analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
    private readonly ArticleReader _reader = reader ?? throw new ArgumentNullException(nameof(reader));

    /// <summary>
    /// One <c>newshub analyze</c> line per gold article that exists: an article that cannot be read gets its error
    /// line (and scores as found nothing), one that is not in the folder gets none (and scores as without output).
    /// </summary>
    public async Task<IReadOnlyList<string>> LinesAsync(GoldSet set, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        var lines = new List<string>();
        foreach (var path in set.ArticlePaths.Where(File.Exists))
        {
            try
            {
                var document = await _reader.ReadAsync(path, cancellationToken);
                lines.Add(AnalysisJsonLine.ForArticle(document, _analyzer.Analyze(document)));
            }
            catch (ArticleReadException ex)
            {
                lines.Add(AnalysisJsonLine.ForError(path, ex.Reason));
            }
        }

        return lines;
    }

    /// <summary>The analysis of the set's articles scored against its gold file.</summary>
    public async Task<AnalysisScore> ScoreAsync(GoldSet set, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(set);
        return AnalysisScorer.Score(set.Standard, await LinesAsync(set, cancellationToken));
    }
}
