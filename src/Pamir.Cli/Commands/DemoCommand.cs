using System.CommandLine;
using Pamir.Storage.Ingestion;
using Pamir.Storage.Queries;
using Pamir.Storage.Sqlite;

namespace Pamir.Cli.Commands;

/// <summary>`pamir demo`: ingests the bundled sample reports into a fresh base and shows what was found.</summary>
internal static class DemoCommand
{
    public static Command Create()
    {
        var database = new Option<string>("--db")
        {
            Description = "Where to build the demo base; it is replaced on every run",
            HelpName = "FILE",
            DefaultValueFactory = _ => Path.Combine("out", "demo.db"),
        };
        var samples = new Option<string?>("--samples")
        {
            Description = "The sample folder (default: the samples bundled with Pamir)",
            HelpName = "DIR",
        };
        var command = new Command("demo", "Ingest the bundled sample reports into a fresh base and print what was found") { database, samples };
        CommandContext.SetAction(command, context =>
        {
            string? folder = context.Get(samples) ?? BundledSamples();
            if (folder is null || !Directory.Exists(folder))
                return context.Fail($"{folder ?? "samples"}: the bundled sample reports are missing");
            string path = context.Get(database);
            Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
            foreach (string suffix in (string[])["", "-wal", "-shm"]) File.Delete(path + suffix);

            using var store = SqliteKnowledgeStore.Open(path);
            var summary = IngestCommand.Ingest(context, Ingester.Default(store), [folder]);
            foreach (var failure in summary.Failures) context.Error.WriteLine(failure);

            var output = context.Output;
            output.WriteLine($"Ingested {summary.Counts.Added} sample reports from {folder} into {path} in {summary.Elapsed.TotalSeconds:0.0} s.");
            output.WriteLine();
            output.WriteLine("Documents (publication date, where it came from):");
            var documents = store.Documents().Select(stored => stored.Document).ToList();
            int idWidth = documents.Select(d => d.Id.Length).DefaultIfEmpty(0).Max();
            foreach (var document in documents)
            {
                string date = document.Published?.ToIso() ?? "unknown";
                output.WriteLine($"  {document.Id.PadRight(idWidth)}  {date,-10}  {document.PublishedSource.ToString().ToLowerInvariant(),-8}  {document.Title}");
            }
            output.WriteLine();
            var incidents = store.Incidents(IncidentFilter.All);
            output.WriteLine($"Incidents ({incidents.Count}): one per real event, however many sample reports tell of it:");
            if (incidents.Count > 0) IncidentsCommand.Render(IncidentConsole.For(context), incidents);
            output.WriteLine();
            output.WriteLine($"Try: ./pamir incident ID --db {path}   ·   ./pamir search \"riot\" --db {path}   ·   ./pamir export --format json --db {path} --out out/demo.json");
            return summary.Succeeded ? ExitCodes.Ok : ExitCodes.Failed;
        });
        return command;
    }

    /// <summary>samples/ copied beside the program by the build, else the repository's samples/ above it.</summary>
    private static string? BundledSamples()
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            string candidate = Path.Combine(folder.FullName, "samples");
            if (Directory.Exists(candidate)) return candidate;
        }
        return null;
    }
}
