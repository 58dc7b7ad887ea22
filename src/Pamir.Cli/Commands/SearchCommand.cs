using System.CommandLine;
using System.Text.Json;
using Pamir.Storage.Queries;

namespace Pamir.Cli.Commands;

/// <summary>`pamir search "query"`: full-text search over the stored documents, best match first.</summary>
internal static class SearchCommand
{
    public static Command Create()
    {
        var query = new Argument<string>("QUERY")
        {
            Description = "Words that must all occur; \"quoted words\" as a phrase, word* as a prefix, OR between alternatives",
        };
        var limit = CommonOptions.Positive("--limit", "The most hits to show", 10);
        var database = CommonOptions.Database();
        var json = CommonOptions.Json("the hits");
        var command = new Command("search", "Search the documents' titles and texts") { query, limit, database, json };
        CommandContext.SetAction(command, context =>
        {
            using var store = context.OpenStore(database, mustExist: true);
            if (store is null) return ExitCodes.Failed;
            var hits = store.Search(context.Get(query), context.Get(limit));
            if (context.Get(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(hits.Select(hit => new
                {
                    id = hit.DocumentId,
                    title = hit.Title,
                    published = hit.Published?.ToIso(),
                    snippet = OneLine(hit.Highlight("[", "]")),
                    score = Math.Round(hit.Score, 4),
                })));
                return ExitCodes.Ok;
            }
            if (hits.Count == 0) context.Error.WriteLine($"No document matches \"{context.Get(query)}\".");
            var (open, close) = context.OutputIsTerminal ? ("\u001b[1;33m", "\u001b[0m") : ("[", "]");
            for (int i = 0; i < hits.Count; i++)
            {
                var hit = hits[i];
                context.Output.WriteLine($"{i + 1}. {hit.DocumentId}  {hit.Published?.ToIso() ?? "date unknown"}  {hit.Title ?? "(untitled)"}");
                context.Output.WriteLine($"   {OneLine(hit.Highlight(open, close))}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    private static string OneLine(string snippet) => string.Join(' ', snippet.Split((char[])['\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
}
