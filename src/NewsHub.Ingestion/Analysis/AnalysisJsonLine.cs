using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsHub.Ingestion.Companies;
using NewsHub.Ingestion.Partnerships;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Analysis;

/// <summary>
/// One line of <c>newshub analyze</c> output: a JSON object per article, Chinese written as is.
/// </summary>
/// <remarks>
/// <c>{"file", "title", "published", "companies": [{"name", "group", "role", "mentions", "discovered"?}],
/// "partnerships": [{"companies", "roles", "stage", "planned", "date", "date_source", "evidence",
/// "confidence", "trigger"}]}</c>, or <c>{"file", "error"}</c> for a file that could not be read.
/// </remarks>
public static class AnalysisJsonLine
{
    private static readonly JsonWriterOptions Options = new()
    {
        // The output is read by people and scripts, never embedded in HTML: keep Chinese readable.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Indented = false,
    };

    /// <summary>The line for an article that was read and analysed.</summary>
    /// <param name="document">The article.</param>
    /// <param name="analysis">
    /// What its headline and text say: the headline's companies count too, and its partnerships are listed
    /// after the text's (the analysis keeps them only for pairs the text does not tell).
    /// </param>
    public static string ForArticle(ArticleDocument document, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(analysis);
        // Headline first, then text: companies are listed in the order the article names them.
        IEnumerable<CompanyMention> companies = [.. analysis.HeadlineCompanies, .. analysis.Companies];
        var partnerships = ReportedPartnerships.From(analysis.Partnerships);

        return Write(writer =>
        {
            writer.WriteString("file", Path.GetFileName(document.SourcePath));
            writer.WriteString("title", document.Title);
            if (document.PublishedAt is { } published)
            {
                writer.WriteString("published", published.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
            }
            else
            {
                writer.WriteNull("published");
            }

            writer.WriteStartArray("companies");
            foreach (var company in companies.GroupBy(m => m.AsWritten, StringComparer.Ordinal))
            {
                var first = company.First();
                writer.WriteStartObject();
                writer.WriteString("name", company.Key);
                writer.WriteString("group", first.Group);
                writer.WriteString("role", RoleName(first.Role));
                writer.WriteNumber("mentions", company.Count());

                // Only discovered companies carry the flag: catalog companies' lines stay as they were.
                if (first.Discovered)
                {
                    writer.WriteBoolean("discovered", true);
                }
                writer.WriteEndObject();
            }

            writer.WriteEndArray();

            writer.WriteStartArray("partnerships");
            foreach (var finding in partnerships)
            {
                WritePartnership(writer, finding);
            }

            writer.WriteEndArray();
        });
    }

    /// <summary>The line for a file that could not be read or analysed.</summary>
    public static string ForError(string path, string reason)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(reason);
        return Write(writer =>
        {
            writer.WriteString("file", Path.GetFileName(path));
            writer.WriteString("error", reason);
        });
    }

    private static void WritePartnership(Utf8JsonWriter writer, PartnershipFinding finding)
    {
        writer.WriteStartObject();
        writer.WriteStartArray("companies");
        writer.WriteStringValue(finding.CompanyA.Group);
        writer.WriteStringValue(finding.CompanyB.Group);
        writer.WriteEndArray();
        writer.WriteStartArray("roles");
        writer.WriteStringValue(RoleName(finding.CompanyA.Role));
        writer.WriteStringValue(RoleName(finding.CompanyB.Role));
        writer.WriteEndArray();
        writer.WriteString("stage", StageName(finding.Stage));
        writer.WriteBoolean("planned", finding.IsPlanned);
        if (finding.Date.ToIsoString() is { } date)
        {
            writer.WriteString("date", date);
        }
        else
        {
            writer.WriteNull("date");
        }

        writer.WriteString("date_source", finding.Date.Source == DateSource.Published ? "published" : "text");
        writer.WriteString("evidence", finding.Evidence.Trim());
        writer.WriteNumber("confidence", finding.Confidence);
        writer.WriteString("trigger", finding.Trigger);
        writer.WriteEndObject();
    }

    /// <summary>The role as the output names it: carmaker, battery, parts, mobility, tech or other.</summary>
    public static string RoleName(CompanyRole role) => role switch
    {
        CompanyRole.Carmaker => "carmaker",
        CompanyRole.Battery => "battery",
        CompanyRole.Parts => "parts",
        CompanyRole.Mobility => "mobility",
        CompanyRole.Tech => "tech",
        CompanyRole.Other => "other",
        // A new role needs its own name here rather than passing as "other".
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, "The analysis output has no name for this role."),
    };

    /// <summary>The stage as the output names it: talks, agreement, joint_venture, investment or supply.</summary>
    public static string StageName(PartnershipStage stage) => stage switch
    {
        PartnershipStage.Talks => "talks",
        PartnershipStage.Agreement => "agreement",
        PartnershipStage.JointVenture => "joint_venture",
        PartnershipStage.Investment => "investment",
        _ => "supply",
    };

    private static string Write(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
