namespace NewsHub.Web.Admin;

/// <summary>
/// The physical path of a file or folder, with every symbolic link along it followed (POSIX
/// <c>realpath</c>), so that a link inside an import root that points outside it is seen for what it is.
/// Components that do not exist are kept as written.
/// </summary>
public static class RealPath
{
    // Same bound as Linux's MAXSYMLINKS: a loop of links fails instead of spinning.
    private const int MaxLinks = 40;

    /// <summary>Resolves <paramref name="fullPath"/>, which must be fully qualified.</summary>
    /// <exception cref="IOException">A loop of symbolic links, or more than 40 of them.</exception>
    public static string Resolve(string fullPath)
    {
        ArgumentException.ThrowIfNullOrEmpty(fullPath);
        var links = 0;
        return Resolve(Path.GetFullPath(fullPath), ref links);
    }

    private static string Resolve(string fullPath, ref int links)
    {
        var root = Path.GetPathRoot(fullPath) ?? "/";
        var current = root;
        var segments = fullPath[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries);
        for (var i = 0; i < segments.Length; i++)
        {
            var next = Path.Combine(current, segments[i]);
            FileSystemInfo entry = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (entry.Exists && entry.LinkTarget is { } target)
            {
                if (++links > MaxLinks)
                {
                    throw new IOException($"Too many levels of symbolic links at {next}.");
                }

                // A relative target is relative to the folder holding the link, which is already real here,
                // so GetFullPath may fold its ".." lexically.
                next = Resolve(Path.GetFullPath(target, current), ref links);
            }

            current = next;
        }

        return current;
    }
}
