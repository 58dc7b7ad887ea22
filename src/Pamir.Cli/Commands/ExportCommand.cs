using System.CommandLine;
using Pamir.Core.Export;
using Pamir.Core.KnowledgeBase;
using Pamir.Storage;

namespace Pamir.Cli.Commands;

/// <summary>`pamir export --format json`: the whole knowledge base in the export contract, to a file or standard output.</summary>
internal static class ExportCommand
{
    public static Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "The export format",
            HelpName = "FORMAT",
            DefaultValueFactory = _ => "json",
        };
        format.AcceptOnlyFromAmong("json", "graphml", "acled-csv");
        var database = CommonOptions.Database();
        var output = new Option<string?>("--out")
        {
            Description = "The file to write (default: standard output)",
            HelpName = "FILE",
        };
        var command = new Command("export", "Export documents, incidents, actors, relations and claims") { format, database, output };
        CommandContext.SetAction(command, context =>
        {
            using var store = context.OpenStore(database, mustExist: true);
            if (store is null) return ExitCodes.Failed;
            var knowledge = store.Knowledge();
            if (context.Get(output) is { } path) return ToFile(context, store, knowledge, path, context.Get(format));
            if (ReferenceEquals(context.Output, Console.Out))
            {
                context.Output.Flush();
                using var stdout = Console.OpenStandardOutput();
                Write(stdout, store, knowledge, context.Get(format));
            }
            else
            {
                using var buffer = new MemoryStream();
                Write(buffer, store, knowledge, context.Get(format));
                context.Output.Write(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>Writes beside the target and moves it into place, so a failed export never leaves half a file.</summary>
    private static int ToFile(CommandContext context, IKnowledgeStore store, FusedKnowledge knowledge, string path, string format)
    {
        string full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        string partial = full + ".partial";
        using (var file = File.Create(partial)) Write(file, store, knowledge, format);
        File.Move(partial, full, overwrite: true);
        context.Error.WriteLine($"Wrote {store.DocumentCount} documents, {knowledge.Incidents.Count} incidents, {knowledge.Actors.Count} actors, {knowledge.Relations.Count} relations and {knowledge.ClaimGroups.Sum(g => g.Claims.Count)} claims to {path}");
        return ExitCodes.Ok;
    }

    private static void Write(Stream stream, IKnowledgeStore store, FusedKnowledge knowledge, string format)
    {
        if (format == "graphml") GraphMlExport.Write(stream, knowledge);
        else if (format == "acled-csv") AcledCsvOutput.Write(stream, store);
        else JsonExport.Write(stream, store.Documents().Select(stored => stored.Document), knowledge);
    }
}
