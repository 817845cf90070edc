namespace NewsHub.Domain.Catalog;

/// <summary>A catalog that cannot be used, with every problem found in it (not just the first).</summary>
public sealed class CatalogValidationException : Exception
{
    public CatalogValidationException()
        : this([])
    {
    }

    public CatalogValidationException(string message)
        : this([message])
    {
    }

    public CatalogValidationException(string message, Exception innerException)
        : base(message, innerException) => Problems = [message];

    public CatalogValidationException(IReadOnlyList<string> problems)
        : base(Describe(problems)) => Problems = problems;

    /// <summary>One line per problem, naming the company and the name at fault.</summary>
    public IReadOnlyList<string> Problems { get; }

    private static string Describe(IReadOnlyList<string> problems) =>
        problems.Count == 0
            ? "The company catalog is not valid."
            : $"The company catalog is not valid ({problems.Count} problem(s)):{Environment.NewLine}  " +
              string.Join(Environment.NewLine + "  ", problems);
}
