using System.Diagnostics;
using NewsHub.Ingestion.Tests.Companies;

namespace NewsHub.Ingestion.Tests.Analysis.Quality;

/// <summary>../shared/tools/score_analyze.py, the reference scorer, run on analysis lines written to a file.</summary>
public static class ScoreAnalyzeScript
{
    /// <returns>The script's exit code and everything it printed (its last line is the figure line).</returns>
    public static (int ExitCode, string Report) Run(string goldPath, IEnumerable<string> analysisLines, params string[] options)
    {
        var predictions = Path.GetTempFileName();
        try
        {
            File.WriteAllLines(predictions, analysisLines);
            var scorer = Path.Combine(GoldFiles.SharedFolder, "tools", "score_analyze.py");
            var python = File.Exists("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
            var start = new ProcessStartInfo(python) { RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var argument in new[] { scorer, goldPath, predictions }.Concat(options))
            {
                start.ArgumentList.Add(argument);
            }

            using var process = Process.Start(start) ?? throw new InvalidOperationException($"{python} could not be started to run {scorer}");
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            process.WaitForExit();
            return (process.ExitCode, stdout.Result + stderr.Result);
        }
        finally
        {
            File.Delete(predictions);
        }
    }

    /// <summary>The last line the script printed: its figures.</summary>
    public static string FigureLine(string report) => report.Split('\n', StringSplitOptions.RemoveEmptyEntries)[^1];
}
