using NewsHub.Domain.Catalog;
using NewsHub.Ingestion.Companies;

namespace NewsHub.Ingestion.Tests.Companies;

/// <summary>One tagger over the shipped catalog, shared by a test class: building it loads jieba's dictionary.</summary>
public sealed class TaggerFixture
{
    public CompanyTagger Tagger { get; } = new(CompanyCatalogFile.Default);
}
