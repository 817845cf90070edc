using NewsHub.Data.Entities;

namespace NewsHub.Web.Admin;

/// <summary>Words for runs and outcomes on the admin pages, Chinese first.</summary>
public static class RunLabels
{
    public static string Status(ImportRunStatus status) => status switch
    {
        ImportRunStatus.Queued => "排队中 Queued",
        ImportRunStatus.Running => "运行中 Running",
        ImportRunStatus.Succeeded => "已完成 Succeeded",
        ImportRunStatus.Failed => "失败 Failed",
        ImportRunStatus.Cancelled => "已取消 Cancelled",
        ImportRunStatus.Interrupted => "已中断 Interrupted",
        _ => status.ToString(),
    };

    public static string Kind(ImportRunKind kind) => kind switch
    {
        ImportRunKind.Import => "导入 Import",
        ImportRunKind.ReExtract => "重新提取 Re-extract",
        ImportRunKind.Retag => "重新标注 Re-tag",
        ImportRunKind.FeedPoll => "抓取订阅源 Feed poll",
        _ => kind.ToString(),
    };

    public static string Outcome(FileOutcome outcome) => outcome switch
    {
        FileOutcome.New => "新增 New",
        FileOutcome.Changed => "已更新 Changed",
        FileOutcome.Unchanged => "未变 Unchanged",
        FileOutcome.Duplicate => "重复 Duplicate",
        FileOutcome.Failed => "失败 Failed",
        FileOutcome.Missing => "已缺失 Missing",
        _ => outcome.ToString(),
    };

    /// <summary>
    /// What became of a run, in a few words: a run that ended with failed files says how many, so
    /// "completed" is never read as "all went well"; a run being cancelled says so before its worker reacts.
    /// </summary>
    /// <param name="total">Files (or articles) the run found; <paramref name="done"/> of them were done.</param>
    public static string Summary(ImportRunKind kind, ImportRunStatus status, bool cancelRequested, int total, int done, int failed, int changed) => status switch
    {
        ImportRunStatus.Queued or ImportRunStatus.Running when cancelRequested => "正在取消 Cancelling",
        ImportRunStatus.Running when total == 0 => kind == ImportRunKind.Retag ? "正在读取文章 Loading articles" : "正在列出文件 Listing files",
        ImportRunStatus.Succeeded when failed > 0 =>
            $"完成，{total} {Unit(kind)}中 {failed} 个失败 Completed, {failed} of {total} failed",
        ImportRunStatus.Succeeded when kind == ImportRunKind.Retag =>
            $"完成，{total} {Unit(kind)}中 {changed} 篇有变化 Completed, {changed} of {total} changed",
        ImportRunStatus.Succeeded => $"完成，{total} {Unit(kind)}，无失败 Completed, {total} {UnitInEnglish(kind)}, none failed",
        ImportRunStatus.Cancelled when done < total =>
            $"已取消，完成 {done} / {total} {Unit(kind)} Cancelled after {done} of {total}",
        _ => Status(status),
    };

    private static string Unit(ImportRunKind kind) => kind switch
    {
        ImportRunKind.Retag => "篇文章",
        ImportRunKind.FeedPoll => "个条目",
        _ => "个文件",
    };

    private static string UnitInEnglish(ImportRunKind kind) => kind switch
    {
        ImportRunKind.Retag => "articles",
        ImportRunKind.FeedPoll => "items",
        _ => "files",
    };

    /// <summary>A duration as people read it: 45 秒, 3 分 20 秒.</summary>
    /// <remarks>Rounded up to whole seconds before it is split, so that 179.5 s reads 3 分 0 秒, not 2 分 60 秒.</remarks>
    public static string Duration(double seconds)
    {
        var whole = (long)Math.Ceiling(Math.Max(0, seconds));
        return whole switch
        {
            < 60 => $"{whole} 秒",
            < 3600 => $"{whole / 60} 分 {whole % 60} 秒",
            _ => $"{whole / 3600} 小时 {whole % 3600 / 60} 分",
        };
    }
}
