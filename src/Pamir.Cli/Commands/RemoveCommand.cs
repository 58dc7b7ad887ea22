using System.CommandLine;
using Pamir.Core.Reference;
using Pamir.Storage.Ingestion;

namespace Pamir.Cli.Commands;

/// <summary>`pamir remove ID...`: retracts documents and everything they contributed to the knowledge base.</summary>
internal static class RemoveCommand
{
    public static Command Create()
    {
        var ids = new Argument<string[]>("ID")
        {
            Description = "Ids of the documents to remove (file name without extension, or the JSON Lines id)",
            Arity = ArgumentArity.OneOrMore,
        };
        var database = CommonOptions.Database();
        var command = new Command("remove", "Remove documents and retract what they contributed") { ids, database };
        CommandContext.SetAction(command, context =>
        {
            using var store = context.OpenStore(database, mustExist: true);
            if (store is null) return ExitCodes.Failed;
            int exit = ExitCodes.Ok;
            foreach (string id in context.Get(ids))
            {
                if (store.Remove(id)) context.Output.WriteLine($"Removed {id}");
                else exit = context.Fail($"{id}: no such document in {store.Path}");
            }
            KnowledgeRefresh.IfStale(store, ReferenceData.Shared, PipelineVersion.Current);
            return exit;
        });
        return command;
    }
}
