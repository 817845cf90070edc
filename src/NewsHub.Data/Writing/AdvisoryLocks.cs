using System.Security.Cryptography;
using System.Text;
using NewsHub.Data.Entities;

namespace NewsHub.Data.Writing;

/// <summary>
/// Transaction-scoped PostgreSQL advisory locks that serialise writers working on the same thing
/// (a source path, a content hash, a pair of companies) while leaving everything else concurrent.
/// </summary>
/// <remarks>
/// Writers take them with <see cref="SqlCommands.LockSql"/>. Every writer takes its locks in batches, each batch in ascending key order, and batches always in
/// the same sequence (paths and hashes, then article rows, then company pairs): two writers can then
/// wait for each other but never in a circle.
/// </remarks>
internal static class AdvisoryLocks
{
    /// <summary>Key of a source: a file path, or a feed item's key.</summary>
    public static long ForPath(ArticleSourceKind kind, string path) => KeyOf("path", kind == ArticleSourceKind.File ? path : $"{kind}:{path}");

    /// <summary>Key of a content hash: two files with the same bytes must not both create the article.</summary>
    public static long ForContent(string contentHash) => KeyOf("content", contentHash);

    /// <summary>Key of an unordered pair of company groups, whose partnership events are grouped together.</summary>
    public static long ForPair(int companyAId, int companyBId) =>
        KeyOf("pair", $"{Math.Min(companyAId, companyBId)}:{Math.Max(companyAId, companyBId)}");

    private static long KeyOf(string kind, string value) =>
        BitConverter.ToInt64(SHA256.HashData(Encoding.UTF8.GetBytes(kind + "\n" + value)), 0);
}
