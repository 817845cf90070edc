using Microsoft.Extensions.Options;

namespace NewsHub.Pipeline.Import.Runs;

/// <summary>
/// Refuses settings the import service cannot run with, naming each setting as it is configured and the value given,
/// so that a wrong value stops the app at start with a message that says what to change.
/// </summary>
public sealed class ImportServiceOptionsValidator : IValidateOptions<ImportServiceOptions>
{
    private const string Runs = ImportServiceOptions.SectionName;
    private const string Pipeline = ImportOptions.SectionName;

    public ValidateOptionsResult Validate(string? name, ImportServiceOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        Positive(failures, $"{Runs}:{nameof(ImportServiceOptions.PollInterval)}", options.PollInterval);
        Positive(failures, $"{Runs}:{nameof(ImportServiceOptions.HeartbeatInterval)}", options.HeartbeatInterval);
        if (options.HeartbeatInterval > TimeSpan.Zero && options.StaleAfter < 3 * options.HeartbeatInterval)
        {
            failures.Add($"{Runs}:{nameof(ImportServiceOptions.StaleAfter)} is {options.StaleAfter}, less than three {Runs}:{nameof(ImportServiceOptions.HeartbeatInterval)} " +
                         $"({options.HeartbeatInterval}): live runs would be taken for dead and run twice.");
        }

        if (options.BatchSize < 0)
        {
            failures.Add($"{Runs}:{nameof(ImportServiceOptions.BatchSize)} is {options.BatchSize}; it must be 0 (no shared runs) or more.");
        }

        Positive(failures, $"{Runs}:{nameof(ImportServiceOptions.BatchLease)}", options.BatchLease);
        var pipeline = options.Pipeline;
        AtLeastOne(failures, $"{Pipeline}:{nameof(ImportOptions.ReadParallelism)}", pipeline.ReadParallelism);
        AtLeastOne(failures, $"{Pipeline}:{nameof(ImportOptions.WriteParallelism)}", pipeline.WriteParallelism);
        AtLeastOne(failures, $"{Pipeline}:{nameof(ImportOptions.QueueCapacity)}", pipeline.QueueCapacity);
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Positive(List<string> failures, string setting, TimeSpan value)
    {
        if (value <= TimeSpan.Zero)
        {
            failures.Add($"{setting} is {value}; it must be longer than zero.");
        }
    }

    private static void AtLeastOne(List<string> failures, string setting, int value)
    {
        if (value < 1)
        {
            failures.Add($"{setting} is {value}; it must be 1 or more.");
        }
    }
}
