using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using NewsHub.Data.Entities;
using NewsHub.Web.Admin;
using NewsHub.Pipeline.Import.Runs;

namespace NewsHub.Web.Pages.Admin.Imports;

/// <summary>Starts an import of a folder under the import roots, in the background.</summary>
public sealed class CreateModel(ImportFolderPolicy folders, ImportRunLog queue) : PageModel
{
    // Enough to pick a folder by clicking; deeper folders can be typed.
    private const int PickerDepth = 2;
    private const int PickerLimit = 200;

    [BindProperty(SupportsGet = true)]
    public string? Folder { get; set; }

    [BindProperty]
    public bool Recursive { get; set; } = true;

    [BindProperty]
    public bool DryRun { get; set; }

    [BindProperty]
    public bool ReExtractOnly { get; set; }

    public IReadOnlyList<string> Roots { get; private set; } = [];

    /// <summary>Folders under the roots offered for picking.</summary>
    public IReadOnlyList<string> Suggestions { get; private set; } = [];

    public void OnGet() => LoadPicker();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var decision = folders.Check(Folder);
        if (!decision.IsAllowed)
        {
            ModelState.AddModelError(nameof(Folder), decision.Refusal!);
            LoadPicker();
            return Page();
        }

        var kind = ReExtractOnly ? ImportRunKind.ReExtract : ImportRunKind.Import;
        var result = await queue.EnqueueAsync(new ImportRunRequest(kind, decision.RealPath!, Recursive, DryRun), cancellationToken);
        if (result.AlreadyActive)
        {
            TempData["Notice"] = $"该文件夹已有一次导入在排队或运行（第 {result.RunId} 次），每个文件夹同一时间只运行一次。This folder already has a run queued or running.";
        }

        return RedirectToPage("Details", new { id = result.RunId });
    }

    private void LoadPicker()
    {
        Roots = folders.Roots;
        var suggestions = new List<string>();
        foreach (var root in Roots)
        {
            suggestions.Add(root);
            suggestions.AddRange(SubfoldersOf(root, PickerDepth).Take(PickerLimit - suggestions.Count));
        }

        Suggestions = suggestions;
    }

    private static IEnumerable<string> SubfoldersOf(string folder, int depth)
    {
        if (depth == 0)
        {
            yield break;
        }

        string[] children;
        try
        {
            children = [.. Directory.EnumerateDirectories(folder).Order(StringComparer.Ordinal)];
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            yield break;
        }

        foreach (var child in children)
        {
            // A linked folder is left out of the picker; typed in, it is judged by where it leads.
            if (new DirectoryInfo(child).LinkTarget is not null)
            {
                continue;
            }

            yield return child;
            foreach (var grandchild in SubfoldersOf(child, depth - 1))
            {
                yield return grandchild;
            }
        }
    }
}
