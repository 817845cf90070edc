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

    /// <summary>A duration as people read it: 45 秒, 3 分 20 秒.</summary>
    public static string Duration(double seconds) => seconds switch
    {
        < 60 => $"{Math.Ceiling(seconds):0} 秒",
        < 3600 => $"{Math.Floor(seconds / 60):0} 分 {Math.Ceiling(seconds % 60):0} 秒",
        _ => $"{Math.Floor(seconds / 3600):0} 小时 {Math.Floor(seconds % 3600 / 60):0} 分",
    };
}
