using Assistant.Benchmarks;
using BenchmarkDotNet.Running;

// dotnet run -c Release --project bench/Assistant.Benchmarks -- --filter '*'
BenchmarkSwitcher.FromAssembly(typeof(AnsweringBenchmarks).Assembly).Run(args);
