using System.CommandLine;
using System.Text.Json;
using Pamir.Bench;

var corpus = new Option<string?>("--corpus") { Description = "A directory of .txt reports to measure on (default: a corpus generated from the bundled samples)" };
var size = new Option<double>("--size-mb") { Description = "Size of the generated throughput corpus in MB", DefaultValueFactory = _ => 50 };
var queryDocs = new Option<int>("--query-docs") { Description = "Documents in the base the query latencies are measured on, and in the largest base the memory part builds", DefaultValueFactory = _ => 100_000 };
var minSeconds = new Option<double>("--min-seconds") { Description = "Repeat each throughput measurement for at least this long", DefaultValueFactory = _ => 10 };
var runs = new Option<int>("--runs") { Description = "Repeat each throughput measurement at least this many times", DefaultValueFactory = _ => 3 };
var json = new Option<bool>("--json") { Description = "Print all figures as one JSON object on standard output" };
var noPeer = new Option<bool>("--no-peer") { Description = "Skip the wink-nlp peer (no Node.js needed)" };
var smoke = new Option<bool>("--smoke") { Description = "A seconds-long run on a tiny corpus that only checks the benchmark works" };
var only = new Option<string[]>("--only") { Description = "Measure only these parts (analysis, peer, ingest, query, memory); all by default", AllowMultipleArgumentsPerToken = true };
only.AcceptOnlyFromAmong(BenchOptions.AllParts);
var work = new Option<string>("--work-dir") { Description = "Where generated corpora and bases are kept between runs", DefaultValueFactory = _ => Path.Combine(RepositoryPaths.Root, ".bench") };

var root = new RootCommand("Pamir's benchmark: analysis and ingest throughput, per-stage time, memory, query latency, side by side with wink-nlp.")
{
    corpus, size, queryDocs, minSeconds, runs, json, noPeer, smoke, only, work,
};
root.SetAction(parse =>
{
    bool isSmoke = parse.GetValue(smoke);
    var options = new BenchOptions(
        parse.GetValue(corpus),
        isSmoke ? 0.2 : parse.GetValue(size),
        isSmoke ? 200 : parse.GetValue(queryDocs),
        isSmoke ? 0 : parse.GetValue(minSeconds),
        isSmoke ? 1 : Math.Max(1, parse.GetValue(runs)),
        parse.GetValue(json),
        parse.GetValue(work)!,
        (parse.GetValue(only) is { Length: > 0 } parts ? parts : BenchOptions.AllParts).Except(parse.GetValue(noPeer) ? ["peer"] : []).ToHashSet());
    var log = options.Json ? Console.Error : Console.Out;
    var runner = new BenchRunner(options, log);
    try
    {
        runner.Run();
    }
    catch (Exception e) when (e is InvalidOperationException or IOException)
    {
        Console.Error.WriteLine($"bench: {e.Message}");
        return 1;
    }
    if (options.Json) Console.WriteLine(JsonSerializer.Serialize(runner.Figures, new JsonSerializerOptions { WriteIndented = true }));
    return 0;
});
return root.Parse(args).Invoke();
