using Serilog;
using Spectre.Console;

namespace NewsHub.Cli.Commands;

/// <summary>
/// How far a long command has come: a Spectre.Console bar on a terminal, and a log line every few seconds
/// when the output goes to a file or a pipe, where a bar would write thousands of redraws.
/// </summary>
internal sealed class CommandProgress
{
    private static readonly TimeSpan LogInterval = TimeSpan.FromSeconds(5);

    private readonly ProgressTask? bar;
    private readonly string logTemplate;
    private readonly Lock gate = new();
    private int total;
    private int done;
    private DateTimeOffset nextLog = DateTimeOffset.UtcNow + LogInterval;

    private CommandProgress(ProgressTask? bar, string logTemplate)
    {
        this.bar = bar;
        this.logTemplate = logTemplate;
    }

    /// <summary>
    /// Runs <paramref name="work"/> with a progress of its own. <paramref name="logTemplate"/> is the Serilog message
    /// template of the log line, with the properties <c>{Done}</c> and <c>{Total}</c> in that order.
    /// </summary>
    public static Task<T> RunAsync<T>(string description, string logTemplate, Func<CommandProgress, Task<T>> work)
    {
        ArgumentNullException.ThrowIfNull(work);
        if (Console.IsOutputRedirected)
        {
            return work(new CommandProgress(null, logTemplate));
        }

        return AnsiConsole.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn(), new SpinnerColumn())
            .StartAsync(context => work(new CommandProgress(context.AddTask(description, maxValue: 1), logTemplate)));
    }

    /// <summary>The work has <paramref name="count"/> items in all.</summary>
    public void SetTotal(int count)
    {
        lock (gate)
        {
            total = count;
        }

        bar?.MaxValue = Math.Max(1, count);
    }

    /// <summary>One more item is done (from any thread).</summary>
    public void Advance()
    {
        if (bar is not null)
        {
            bar.Increment(1);
            return;
        }

        int doneNow, totalNow;
        lock (gate)
        {
            doneNow = ++done;
            totalNow = total;
            if (DateTimeOffset.UtcNow < nextLog)
            {
                return;
            }

            nextLog = DateTimeOffset.UtcNow + LogInterval;
        }

#pragma warning disable CA2254 // The template is a constant of the caller's, with the properties documented above.
        Log.Information(logTemplate, doneNow, totalNow);
#pragma warning restore CA2254
    }
}
