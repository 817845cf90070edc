using System.Text;
using NewsHub.Ingestion.Reading;

namespace NewsHub.Ingestion.Tests.Reading;

/// <summary>Every kind of bad input gives an error that names the file and says why.</summary>
public class BadInputTests
{
    [Fact]
    public async Task Rejects_an_empty_file()
    {
        var error = await FailsAsync("empty.txt");

        Assert.Equal(ReadFailure.Empty, error.Failure);
        Assert.Contains("empty", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_a_file_of_white_space_only()
    {
        var error = ArticleFiles.Fails("\uFEFF  \n\t\n　\n");

        Assert.Equal(ReadFailure.Empty, error.Failure);
        Assert.StartsWith(ArticleFiles.FakePath + ": ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_file_without_closing_front_matter()
    {
        var error = await FailsAsync("unclosed-front-matter.md");

        Assert.Equal(ReadFailure.UnclosedFrontMatter, error.Failure);
        Assert.Contains("never closed", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_invalid_yaml()
    {
        var error = await FailsAsync("invalid-yaml.md");

        Assert.Equal(ReadFailure.InvalidFrontMatter, error.Failure);
        Assert.Contains("not valid YAML", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_invalid_yaml_and_says_on_which_line_of_the_file()
    {
        var error = ArticleFiles.Fails("\n---\ntitle: 标题\nsummary: 一句话: 另一句话\n---\n正文。\n");

        Assert.Equal(ReadFailure.InvalidFrontMatter, error.Failure);
        Assert.Contains("not valid YAML (line 4,", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_front_matter_that_is_not_a_mapping()
    {
        var error = ArticleFiles.Fails("---\n- 一\n- 二\n---\n正文。\n");

        Assert.Equal(ReadFailure.InvalidFrontMatter, error.Failure);
        Assert.Contains("not a mapping", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_binary_content()
    {
        var error = await FailsAsync("binary.png");

        Assert.Equal(ReadFailure.Binary, error.Failure);
        Assert.Contains("binary", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Rejects_text_full_of_control_characters_as_binary()
    {
        var bytes = Enumerable.Range(0, 200).Select(i => (byte)(i % 2 == 0 ? 0x41 : 0x07)).ToArray();

        Assert.Equal(ReadFailure.Binary, ArticleFiles.Fails(bytes).Failure);
    }

    [Fact]
    public async Task Rejects_a_file_over_the_size_limit_without_reading_it()
    {
        var options = new ArticleReaderOptions { MaxFileBytes = 100 };
        var path = TestPaths.Fixture("xss-probes.html.md");

        var error = await Assert.ThrowsAsync<ArticleReadException>(() => new ArticleReader(options).ReadAsync(path));

        Assert.Equal(ReadFailure.TooLarge, error.Failure);
        Assert.StartsWith(path + ": ", error.Message, StringComparison.Ordinal);
        Assert.Contains("over the limit of 100 bytes", error.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rejects_a_file_that_cannot_be_read()
    {
        var path = Path.Combine(Path.GetTempPath(), "newshub-no-such-file-" + Guid.NewGuid().ToString("N") + ".md");

        var error = await Assert.ThrowsAsync<ArticleReadException>(() => new ArticleReader().ReadAsync(path));

        Assert.Equal(ReadFailure.Unreadable, error.Failure);
        Assert.StartsWith(path + ": the file cannot be read", error.Message, StringComparison.Ordinal);
    }

    private static async Task<ArticleReadException> FailsAsync(string fixture)
    {
        var path = TestPaths.Fixture(fixture);
        var error = await Assert.ThrowsAsync<ArticleReadException>(() => new ArticleReader().ReadAsync(path));
        Assert.Equal(path, error.Path);
        Assert.Equal($"{path}: {error.Reason}", error.Message);
        return error;
    }
}
