using System.CommandLine;
using System.Text.Json;
using Pamir.Core.Claims;
using Pamir.Core.KnowledgeBase;

namespace Pamir.Cli.Commands;

/// <summary>`pamir claims [MEASURE]`: key figures grouped by measure, each group with its spread, every source's value and whether they conflict.</summary>
internal static class ClaimsCommand
{
    public static Command Create()
    {
        var measure = new Argument<string?>("MEASURE")
        {
            Description = "Words the measure must contain, e.g. \"border\" or \"population\" (default: every measure)",
            Arity = ArgumentArity.ZeroOrOne,
        };
        var database = CommonOptions.Database();
        var json = CommonOptions.Json("the groups");
        var command = new Command("claims", "Key figures (claims) grouped by measure, with their spread and conflicts") { measure, database, json };
        CommandContext.SetAction(command, context =>
        {
            using var store = context.OpenStore(database, mustExist: true);
            if (store is null) return ExitCodes.Failed;
            var groups = store.ClaimGroups(context.Get(measure));
            if (context.Get(json))
            {
                context.Output.WriteLine(JsonSerializer.Serialize(groups.Select(AsJson)));
                return ExitCodes.Ok;
            }
            if (groups.Count == 0) context.Error.WriteLine(context.Get(measure) is { } m ? $"No key figure about \"{m}\"." : "No key figures in the base.");
            foreach (var group in groups) Print(context.Output, group);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(TextWriter output, ClaimGroup group)
    {
        string spread = group.Min == group.Max ? FigureText.Number(group.Min) : $"{FigureText.Number(group.Min)}–{FigureText.Number(group.Max)}";
        string flag = group.Conflicting ? "  CONFLICT: sources disagree beyond rounding" : "";
        output.WriteLine($"{group.Measure} ({group.Unit ?? "no unit"}): {spread}, {Sources(group.Claims.Count)}{flag}");
        foreach (var claim in group.Claims)
        {
            string when = claim.RefersTo is { } r ? $"for {r.ToIso()}" : claim.Published is { } p ? $"said {p.ToIso()}" : "date unknown";
            output.WriteLine($"  {Value(claim),-22} {claim.DocumentId}  {when}  \"{claim.StatedAs}\"");
        }
        output.WriteLine();
    }

    private static string Sources(int n) => n == 1 ? "1 source" : $"{n} sources";

    private static string Value(Claim claim)
    {
        string value = claim.Upper is { } upper ? $"{FigureText.Number(claim.Value)}–{FigureText.Number(upper)}" : FigureText.Number(claim.Value);
        return (claim.Qualifier is { } q ? q + " " : "") + value + (claim.Unit is "%" ? "%" : claim.Unit is { } u ? " " + u : "");
    }


    private static object AsJson(ClaimGroup group) => new
    {
        id = group.Id,
        subject = group.Subject,
        measure = group.Measure,
        unit = group.Unit,
        min = group.Min,
        max = group.Max,
        conflicting = group.Conflicting,
        claims = group.Claims.Select(c => new
        {
            document = c.DocumentId,
            value = c.Value,
            upper = c.Upper,
            qualifier = c.Qualifier,
            stated_as = c.StatedAs,
            refers_to = c.RefersTo?.ToIso(),
            published = c.Published?.ToIso(),
            evidence = new { start = c.Evidence.Start, end = c.Evidence.End },
        }),
    };
}
