using NewsHub.Data.Entities;
using NewsHub.Web.Admin;

namespace NewsHub.Web.Tests.Admin;

/// <summary>The words of the run pages that need no database.</summary>
public sealed class RunLabelsTests
{
    [Theory]
    [InlineData(44.2, "45 秒")]
    [InlineData(59.5, "1 分 0 秒")]
    [InlineData(179.5, "3 分 0 秒")]
    [InlineData(200, "3 分 20 秒")]
    [InlineData(3599.5, "1 小时 0 分")]
    public void A_time_left_never_reads_60_seconds(double seconds, string expected) =>
        Assert.Equal(expected, RunLabels.Duration(seconds));

    [Theory]
    [InlineData(ImportRunStatus.Succeeded, false, 6, 6, 5, "完成，6 个文件中 5 个失败 Completed, 5 of 6 failed")]
    [InlineData(ImportRunStatus.Succeeded, false, 6, 6, 0, "完成，6 个文件，无失败 Completed, 6 files, none failed")]
    [InlineData(ImportRunStatus.Running, true, 40, 3, 0, "正在取消 Cancelling")]
    [InlineData(ImportRunStatus.Running, false, 0, 0, 0, "正在列出文件 Listing files")]
    [InlineData(ImportRunStatus.Cancelled, true, 40, 3, 0, "已取消，完成 3 / 40 个文件 Cancelled after 3 of 40")]
    public void A_run_says_what_became_of_it(ImportRunStatus status, bool cancelRequested, int total, int done, int failed, string expected) =>
        Assert.Equal(expected, RunLabels.Summary(ImportRunKind.Import, status, cancelRequested, total, done, failed, changed: 0));
}
