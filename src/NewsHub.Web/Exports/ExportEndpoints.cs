namespace NewsHub.Web.Exports;

/// <summary>Maps the downloads: the events CSV and the Atom feeds.</summary>
public static class ExportEndpoints
{
    public static IEndpointRouteBuilder MapNewsHubExports(this IEndpointRouteBuilder endpoints) =>
        endpoints.MapEventsCsv().MapAtomFeeds();
}
