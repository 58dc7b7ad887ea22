using System.CommandLine;
using System.Globalization;
using System.Text.Json;
using Pamir.Core.Documents;
using Pamir.Core.Pipeline;
using Pamir.Core.Reference;
using Pamir.Storage.Ingestion;
using Spectre.Console;

namespace Pamir.Cli.Commands;

/// <summary>`pamir ingest PATH...`: reads, analyses and stores reports, then re-fuses the knowledge base.</summary>
internal static class IngestCommand
{
    public static Command Create()
    {
        var paths = new Argument<string[]>("PATH")
        {
            Description = "Files and folders (read recursively) of reports to ingest",
            Arity = ArgumentArity.OneOrMore,
        };
        var database = CommonOptions.Database();
        var json = CommonOptions.Json("the summary");
        var jobs = CommonOptions.Positive("--jobs", "How many documents to analyse at once (default: the number of cores)", Environment.ProcessorCount);
        var command = new Command("ingest", "Read reports (text, HTML, JSON Lines, feeds) into the knowledge base; unchanged ones are skipped")
        {
            paths, database, json, jobs,
        };
        CommandContext.SetAction(command, context =>
        {
            using var store = context.OpenStore(database, mustExist: false)!;
            var ingester = new Ingester(store, PamirPipeline.Default, ReferenceData.Shared, PipelineVersion.Current) { Analysers = context.Get(jobs) };
            var summary = Ingest(context, ingester, context.Get(paths));
            foreach (var failure in summary.Failures) context.Error.WriteLine(failure);
            if (context.Get(json)) WriteJson(context.Output, store.Path, summary);
            else WriteText(context.Output, store.Path, summary);
            return summary.Succeeded ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    internal static IngestSummary Ingest(CommandContext context, Ingester ingester, IReadOnlyList<string> paths)
    {
        var inputs = DocumentSources.Read(paths);
        if (!context.ErrorIsTerminal) return ingester.Run(inputs);

        IngestSummary? summary = null;
        var console = AnsiConsole.Create(new AnsiConsoleSettings { Out = new AnsiConsoleOutput(Console.Error) });
        console.Progress()
            .AutoClear(true)
            .Columns(new SpinnerColumn(), new TaskDescriptionColumn { Alignment = Justify.Left }, new ElapsedTimeColumn())
            .Start(progress =>
            {
                var task = progress.AddTask("Ingesting").IsIndeterminate();
                summary = ingester.Run(inputs, new ProgressCallback<IngestProgress>(step => task.Description = Describe(step)));
                task.StopTask();
            });
        return summary!;
    }

    private static string Describe(IngestProgress step) =>
        $"{(step.Fusing ? "Fusing the knowledge base after" : "Ingesting:")} {step.Counts.Added} added, {step.Counts.Replaced} replaced, {step.Counts.Unchanged} unchanged, {step.Counts.Failed} failed";

    private static void WriteText(TextWriter output, string database, IngestSummary summary)
    {
        var counts = summary.Counts;
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{database}: {counts.Added} added, {counts.Replaced} replaced, {counts.Unchanged} unchanged, {counts.Failed} failed in {summary.Elapsed.TotalSeconds:0.0} s; {summary.DocumentsInBase} documents in the base{(summary.Fused ? "; knowledge base fused again" : "")}"));
    }

    private static void WriteJson(TextWriter output, string database, IngestSummary summary)
    {
        var counts = summary.Counts;
        output.WriteLine(JsonSerializer.Serialize(new
        {
            database,
            added = counts.Added,
            replaced = counts.Replaced,
            unchanged = counts.Unchanged,
            failed = counts.Failed,
            failures = summary.Failures.Select(f => new { input = f.Input, reason = f.Reason }),
            documents = summary.DocumentsInBase,
            fused = summary.Fused,
            seconds = Math.Round(summary.Elapsed.TotalSeconds, 3),
        }));
    }
}
