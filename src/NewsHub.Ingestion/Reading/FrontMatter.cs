using System.Globalization;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace NewsHub.Ingestion.Reading;

/// <summary>
/// The YAML front matter of an article: every key as read (unknown keys included, for the metadata),
/// with lookups for the keys NewsHub understands. Scalars keep YAML's plain types: quoted values
/// are strings, plain <c>true</c>/<c>42</c>/<c>1.5</c> are booleans and numbers, the rest are strings.
/// </summary>
public sealed class FrontMatter
{
    private FrontMatter(IReadOnlyDictionary<string, object?> values) => Values = values;

    /// <summary>No front matter at all.</summary>
    public static FrontMatter None { get; } = new(new Dictionary<string, object?>());

    /// <summary>Every key in the order written.</summary>
    public IReadOnlyDictionary<string, object?> Values { get; }

    /// <summary>The first of <paramref name="keys"/> (matched without regard to case) that has a non-blank scalar value, as text.</summary>
    public string? GetText(params ReadOnlySpan<string> keys)
    {
        foreach (var key in keys)
        {
            foreach (var (name, value) in Values)
            {
                if (string.Equals(name, key, StringComparison.OrdinalIgnoreCase)
                    && ScalarText(value) is { } text && !string.IsNullOrWhiteSpace(text))
                {
                    return text.Trim();
                }
            }
        }

        return null;
    }

    /// <summary>Parses the YAML between the <c>---</c> lines.</summary>
    /// <param name="path">The file, for the error message.</param>
    /// <param name="yaml">The front matter text.</param>
    /// <param name="firstLine">The line of the file the YAML starts on (1-based), so that errors point into the file.</param>
    /// <exception cref="ArticleReadException">The YAML is invalid or not a mapping.</exception>
    public static FrontMatter Parse(string path, string yaml, int firstLine)
    {
        var stream = new YamlStream();
        try
        {
            stream.Load(new StringReader(yaml));
        }
        catch (YamlException ex)
        {
            var line = ex.Start.Line + firstLine - 1;
            throw new ArticleReadException(path, ReadFailure.InvalidFrontMatter,
                $"the front matter is not valid YAML (line {line}, column {ex.Start.Column}): {InnermostMessage(ex)}", ex);
        }
        catch (ArgumentException ex)
        {
            // The representation model reports a key written twice this way.
            throw new ArticleReadException(path, ReadFailure.InvalidFrontMatter, $"the front matter is not valid YAML: {ex.Message}", ex);
        }
        catch (InvalidOperationException ex)
        {
            // YamlDotNet's scanner fails this way, without a position, when the text ends inside an open [ or {.
            throw new ArticleReadException(path, ReadFailure.InvalidFrontMatter,
                "the front matter is not valid YAML: it ends inside an unclosed [list], {mapping} or quoted value", ex);
        }

        if (stream.Documents.Count == 0)
        {
            return None;
        }

        return stream.Documents[0].RootNode switch
        {
            YamlMappingNode mapping => new FrontMatter(ToDictionary(mapping)),
            YamlScalarNode { Value: null or "" } => None,
            _ => throw new ArticleReadException(path, ReadFailure.InvalidFrontMatter,
                "the front matter is YAML but not a mapping of keys to values (expected lines such as 'title: …')"),
        };
    }

    private static string InnermostMessage(Exception ex)
    {
        while (ex.InnerException is { } inner)
        {
            ex = inner;
        }

        return ex.Message;
    }

    private static Dictionary<string, object?> ToDictionary(YamlMappingNode mapping)
    {
        var values = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (key, value) in mapping.Children)
        {
            var name = key is YamlScalarNode scalar ? scalar.Value ?? "" : key.ToString();
            values[name] = ToValue(value);
        }

        return values;
    }

    private static object? ToValue(YamlNode node) => node switch
    {
        YamlScalarNode scalar => ToScalar(scalar),
        YamlSequenceNode sequence => sequence.Children.Select(ToValue).ToList(),
        YamlMappingNode mapping => ToDictionary(mapping),
        _ => node.ToString(),
    };

    private static object? ToScalar(YamlScalarNode scalar)
    {
        var text = scalar.Value;
        if (scalar.Style != ScalarStyle.Plain || text is null)
        {
            return text;
        }

        if (text is "" or "~" || text.Equals("null", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (bool.TryParse(text, out var flag))
        {
            return flag;
        }

        if (long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var integer))
        {
            return integer;
        }

        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var number) && double.IsFinite(number))
        {
            return number;
        }

        return text;
    }

    private static string? ScalarText(object? value) => value switch
    {
        string text => text,
        bool flag => flag ? "true" : "false",
        IFormattable number => number.ToString(null, CultureInfo.InvariantCulture),
        _ => null,
    };
}
