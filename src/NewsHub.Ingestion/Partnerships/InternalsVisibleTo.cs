using System.Runtime.CompilerServices;

// The partnership rules are tested piece by piece (dates, units, clauses) as well as through the finder.
[assembly: InternalsVisibleTo("NewsHub.Ingestion.Tests")]
