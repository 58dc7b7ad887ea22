using System.CommandLine;
using System.Text.Json;
using Pamir.Core.Names;
using Pamir.Core.Actors;
using Pamir.Storage.Queries;

namespace Pamir.Cli.Commands;

/// <summary>`pamir actors [--kind K] [--country CC]`: the actors of the knowledge base, most mentioned first.</summary>
internal static class ActorsCommand
{
    public static Command Create()
    {
        var kind = new Option<string?>("--kind")
        {
            Description = "Only actors of this kind: person, organization, armed_group, state or group",
            HelpName = "KIND",
        };
        kind.Validators.Add(result =>
        {
            if (result.Tokens.Count == 1 && ActorKindNames.Parse(result.Tokens[0].Value) is null)
                result.AddError($"--kind '{result.Tokens[0].Value}' is not one of person, organization, armed_group, state, group");
        });
        var country = new Option<string?>("--country")
        {
            Description = "Only actors of this country (ISO alpha-2 such as TJ, or a country name)",
            HelpName = "COUNTRY",
        };
        var limit = CommonOptions.Positive("--limit", "The most actors to show", 50);
        var database = CommonOptions.Database();
        var json = CommonOptions.Json("the actors");
        var command = new Command("actors", "List the actors, most mentioned first") { kind, country, limit, database, json };
        CommandContext.SetAction(command, context =>
        {
            string? code = CountryCode(context.Get(country));
            if (context.Get(country) is { } asked && code is null) return context.Fail($"--country '{asked}': no such country (use an ISO code such as TJ or a country name)");
            using var store = context.OpenStore(database, mustExist: true);
            if (store is null) return ExitCodes.Failed;
            var summaries = store.Actors(new ActorFilter(ActorKindNames.Parse(context.Get(kind)), code, context.Get(limit)));
            if (context.Get(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(summaries.Select(s => new
                {
                    id = s.Actor.Id,
                    name = s.Actor.Name,
                    kind = s.Actor.Kind.ToExport(),
                    country = s.Actor.CountryCode,
                    aliases = s.Actor.Aliases,
                    roles = s.Actor.Roles,
                    mention_count = s.Actor.MentionCount,
                    document_count = s.DocumentCount,
                })));
                return ExitCodes.Ok;
            }
            if (summaries.Count == 0)
            {
                context.Error.WriteLine("No actor matches.");
                return ExitCodes.Ok;
            }
            int width = Math.Min(40, summaries.Max(s => s.Actor.Name.Length));
            context.Output.WriteLine($"{"#",3}  {"Name".PadRight(width)}  {"Kind",-12}  {"Country",-7}  {"Mentions",8}  {"Docs",4}  Also known as");
            for (int i = 0; i < summaries.Count; i++)
            {
                var a = summaries[i].Actor;
                string name = a.Name.Length > width ? a.Name[..(width - 1)] + "…" : a.Name;
                string aliases = string.Join(", ", a.Aliases.Take(5)) + (a.Aliases.Count > 5 ? ", …" : "");
                context.Output.WriteLine($"{i + 1,3}  {name.PadRight(width)}  {a.Kind.ToExport(),-12}  {a.CountryCode ?? "",-7}  {a.MentionCount,8}  {summaries[i].DocumentCount,4}  {aliases}");
            }
            return ExitCodes.Ok;
        });
        return command;
    }

    /// <summary>"TJ", "tj" or "Tajikistan" → "TJ"; null when it names no country.</summary>
    private static string? CountryCode(string? asked)
    {
        if (string.IsNullOrWhiteSpace(asked)) return null;
        string trimmed = asked.Trim();
        if (trimmed.Length == 2 && trimmed.All(char.IsAsciiLetter)) return trimmed.ToUpperInvariant();
        var catalogue = ActorCatalogue.Shipped;
        var state = catalogue.FindAll(trimmed).FirstOrDefault(a => a.Kind == ActorKind.State) ?? catalogue.FindByCode(trimmed);
        return state?.Kind == ActorKind.State ? state.CountryCode : null;
    }
}
