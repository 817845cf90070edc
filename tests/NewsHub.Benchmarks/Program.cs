using BenchmarkDotNet.Running;

// `dotnet run -c Release --project tests/NewsHub.Benchmarks -- --filter '*'` runs every benchmark;
// see README for the scripts that compare against the reference implementations.
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
