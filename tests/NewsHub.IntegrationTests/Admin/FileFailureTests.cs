using NewsHub.Data.Entities;

namespace NewsHub.IntegrationTests.Admin;

/// <summary>The stored form of a failed file's reason, which the report turns into words.</summary>
public sealed class FileFailureTests
{
    [Theory]
    [InlineData(FileFailureKind.Empty, null, "[Empty]")]
    [InlineData(FileFailureKind.InvalidFrontMatter, "the front matter is not valid YAML (line 3, column 1): [x", "[InvalidFrontMatter] the front matter is not valid YAML (line 3, column 1): [x")]
    public void A_reason_reads_back_as_it_was_stored(FileFailureKind kind, string? detail, string stored)
    {
        Assert.Equal(stored, new FileFailure(kind, detail).ToStored());
        Assert.Equal(new FileFailure(kind, detail), FileFailure.Parse(stored));
    }

    [Theory]
    [InlineData("/data/a.md: the file is empty")]
    [InlineData("[NoSuchKind] something")]
    [InlineData("[1] digits are no kind")]
    public void Free_text_from_before_kinds_were_stored_reads_as_other_and_keeps_its_words(string stored)
    {
        Assert.Equal(new FileFailure(FileFailureKind.Other, stored), FileFailure.Parse(stored));
    }
}
