using Microsoft.Extensions.Options;

namespace NewsHub.Web.Admin;

/// <summary>
/// Decides whether an admin may import a folder: it must exist and lie, after every symbolic link
/// is followed, inside one of the configured <see cref="AdminOptions.ImportRoots"/>. A path that
/// names <c>..</c> is refused outright rather than normalised, so what the admin typed is what is checked.
/// </summary>
public sealed class ImportFolderPolicy(IOptions<AdminOptions> options)
{
    private readonly AdminOptions admin = (options ?? throw new ArgumentNullException(nameof(options))).Value;

    /// <summary>The configured roots that exist, as real paths (symbolic links followed).</summary>
    public IReadOnlyList<string> Roots =>
        [.. admin.ImportRoots
            .Where(root => !string.IsNullOrWhiteSpace(root))
            .Select(root => RealPath.Resolve(Path.GetFullPath(root)))
            .Where(Directory.Exists)
            .Distinct(StringComparer.Ordinal)];

    /// <summary>Checks <paramref name="requested"/> and gives its real path, or the reason it is refused.</summary>
    public FolderDecision Check(string? requested)
    {
        if (string.IsNullOrWhiteSpace(requested))
        {
            return FolderDecision.Refuse("请选择一个文件夹。Choose a folder.");
        }

        var path = requested.Trim();
        var roots = Roots;
        if (roots.Count == 0)
        {
            return FolderDecision.Refuse("没有配置导入根目录（Admin:ImportRoots）。No import roots are configured (Admin:ImportRoots).");
        }

        if (!Path.IsPathFullyQualified(path))
        {
            return FolderDecision.Refuse($"请给出完整路径，位于导入根目录之下：{string.Join("、", roots)}。Give a full path under an import root.");
        }

        if (path.Split(['/', '\\']).Any(segment => segment == ".."))
        {
            return FolderDecision.Refuse("路径中不能含有“..”。A path with \"..\" is refused: name the folder directly.");
        }

        string real;
        try
        {
            real = RealPath.Resolve(Path.GetFullPath(path));
        }
        catch (IOException ex)
        {
            return FolderDecision.Refuse($"无法解析该路径：{ex.Message}。The path cannot be resolved.");
        }
        catch (UnauthorizedAccessException)
        {
            return FolderDecision.Refuse("没有权限读取该路径。The path cannot be read (permission denied).");
        }

        if (!roots.Any(root => IsSameOrBelow(real, root)))
        {
            var viaLink = !string.Equals(real, Path.TrimEndingDirectorySeparator(Path.GetFullPath(path)), StringComparison.Ordinal);
            return FolderDecision.Refuse(viaLink
                ? $"该路径经符号链接指向导入根目录之外（{real}），已拒绝。The path leads outside the import roots through a symbolic link."
                : $"该文件夹不在导入根目录之下（{string.Join("、", roots)}），已拒绝。The folder is outside the import roots.");
        }

        if (!Directory.Exists(real))
        {
            return FolderDecision.Refuse($"文件夹不存在：{path}。The folder does not exist.");
        }

        return FolderDecision.Allow(real);
    }

    /// <summary>True when <paramref name="path"/> (a real path) is a root or lies below one; for files found during an import.</summary>
    public bool IsInsideRoots(string path) => Roots.Any(root => IsSameOrBelow(RealPath.Resolve(Path.GetFullPath(path)), root));

    /// <summary>
    /// A stored file's path as the admin may be shown it: relative to the import root it lies in (the server's own
    /// folders are nobody's business), or only its name when it lies in none of today's roots.
    /// </summary>
    public string ShownPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var root = Roots.Where(r => IsSameOrBelow(path, r)).MaxBy(r => r.Length);
        return root is null ? Path.GetFileName(path) : Path.GetRelativePath(root, path);
    }

    private static bool IsSameOrBelow(string path, string root)
    {
        root = Path.TrimEndingDirectorySeparator(root);
        path = Path.TrimEndingDirectorySeparator(path);
        // Compare whole segments: /data/corpus2 is not below /data/corpus.
        return string.Equals(path, root, StringComparison.Ordinal)
            || path.StartsWith(root.EndsWith(Path.DirectorySeparatorChar) ? root : root + Path.DirectorySeparatorChar, StringComparison.Ordinal);
    }
}

/// <summary>The outcome of <see cref="ImportFolderPolicy.Check"/>: a real path to import, or why not.</summary>
public sealed record FolderDecision(string? RealPath, string? Refusal)
{
    public bool IsAllowed => RealPath is not null;

    public static FolderDecision Allow(string realPath) => new(realPath, null);

    public static FolderDecision Refuse(string reason) => new(null, reason);
}
