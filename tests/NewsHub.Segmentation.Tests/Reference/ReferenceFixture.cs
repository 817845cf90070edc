using System.Diagnostics;

namespace NewsHub.Segmentation.Tests.Reference;

/// <summary>Runs python3-jieba once over all conformance inputs; the conformance tests share the result.</summary>
public sealed class ReferenceFixture : IAsyncLifetime
{
    /// <summary>The inputs, in the order of <see cref="Expected"/>.</summary>
    public IReadOnlyList<string> Inputs { get; private set; } = [];

    /// <summary>python3-jieba's results, one per input.</summary>
    public IReadOnlyList<ReferenceCut> Expected { get; private set; } = [];

    /// <summary>How long python took, for the test output.</summary>
    public TimeSpan PythonTime { get; private set; }

    /// <inheritdoc/>
    public async Task InitializeAsync()
    {
        Inputs =
        [
            .. ConformanceInputs.SharedLinesAndFiles(), .. ConformanceInputs.Hostile, .. ConformanceInputs.Fuzz(2000),
            ConformanceInputs.OneMegabyteLine(),
        ];
        var stopwatch = Stopwatch.StartNew();
        (Expected, _) = await PythonJieba.RunAsync(Inputs);
        PythonTime = stopwatch.Elapsed;
    }

    /// <inheritdoc/>
    public Task DisposeAsync() => Task.CompletedTask;
}
