using System.Security.Cryptography;

namespace NewsHub.Ingestion.Reading;

/// <summary>
/// The bytes of one file and their SHA-256, read once. The hash alone decides whether a re-import
/// must parse the file at all, so it is computed before any decoding.
/// </summary>
/// <param name="Path">Full path of the file.</param>
/// <param name="Bytes">Everything the file holds.</param>
/// <param name="ContentHash">SHA-256 of <paramref name="Bytes"/>, lower-case hex.</param>
public sealed record ArticleFile(string Path, ReadOnlyMemory<byte> Bytes, string ContentHash)
{
    /// <summary>Reads a file, refusing it when it is over the size limit or cannot be read.</summary>
    /// <exception cref="ArticleReadException">The file is too large or unreadable.</exception>
    public static async Task<ArticleFile> LoadAsync(string path, ArticleReaderOptions options, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var fullPath = System.IO.Path.GetFullPath(path);
        try
        {
            await using var stream = new FileStream(fullPath, new FileStreamOptions
            {
                Mode = FileMode.Open,
                Access = FileAccess.Read,
                Share = FileShare.Read,
                Options = FileOptions.SequentialScan,
                BufferSize = 0,
            });

            // Checked on the open handle, so a file that grows between a directory listing and the read is still caught.
            if (stream.Length > options.MaxFileBytes)
            {
                throw new ArticleReadException(fullPath, ReadFailure.TooLarge,
                    $"the file is {stream.Length:N0} bytes, over the limit of {options.MaxFileBytes:N0} bytes ({ArticleReaderOptions.SectionName}:{nameof(ArticleReaderOptions.MaxFileBytes)})");
            }

            var bytes = new byte[stream.Length];
            await stream.ReadExactlyAsync(bytes, cancellationToken);
            return FromBytes(fullPath, bytes);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            throw new ArticleReadException(fullPath, ReadFailure.Unreadable, $"the file cannot be read: {ex.Message}", ex);
        }
    }

    /// <summary>Wraps bytes already in memory (tests, uploads).</summary>
    public static ArticleFile FromBytes(string path, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        return new ArticleFile(path, bytes, HashOf(bytes));
    }

    /// <summary>The content hash NewsHub keys articles by: SHA-256, lower-case hex.</summary>
    public static string HashOf(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));
}
