using NewsHub.Pipeline.Import.Runs;
using NewsHub.Web.Admin;

namespace NewsHub.Web.Imports;

/// <summary>
/// The web host's rule for what a run may read: the folder again when the run starts, and each file as it is found,
/// must lie inside the import roots (<see cref="ImportFolderPolicy"/>), so a symbolic link swapped in after the
/// admin's request cannot lead outside them.
/// </summary>
public sealed class ImportFolderGuard(ImportFolderPolicy folders) : IImportFolderGuard
{
    public string Admit(string folder)
    {
        var decision = folders.Check(folder);
        return decision.IsAllowed ? decision.RealPath! : throw new InvalidOperationException(decision.Refusal);
    }

    public string? RefuseFile(string path) =>
        folders.IsInsideRoots(path) ? null : "符号链接指向导入根目录之外，已拒绝。A symbolic link leading outside the import roots is not read.";
}
