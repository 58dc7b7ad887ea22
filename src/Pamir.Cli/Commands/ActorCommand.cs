using System.CommandLine;
using System.Text.Json;
using Pamir.Core.Actors;
using Pamir.Core.Incidents;
using Pamir.Core.Names;
using Pamir.Core.Relations;
using Pamir.Storage;
using Pamir.Storage.Queries;

namespace Pamir.Cli.Commands;

/// <summary>
/// `pamir actor NAME`: an actor's profile — names and aliases with why each was merged, kind,
/// country, roles, relationships by stance and by structure, incidents, key figures and sources,
/// every line with its evidence sentence.
/// </summary>
internal static class ActorCommand
{
    private static readonly (RelationType Type, string Heading)[] Stances =
        [(RelationType.Ally, "Allies"), (RelationType.Partner, "Partners"), (RelationType.Rival, "Rivals"), (RelationType.Adversary, "Adversaries")];

    public static Command Create()
    {
        var name = new Argument<string>("NAME") { Description = "A name, alias, code or id of the actor (\"Rahmon\", \"IRPT\", \"RUS\")" };
        var database = CommonOptions.Database();
        var json = CommonOptions.Json("the profile");
        var limit = CommonOptions.Positive("--limit", "The most relation groups, incidents and sources to show", 20);
        var command = new Command("actor", "Show an actor's profile with the evidence for every line") { name, database, json, limit };
        CommandContext.SetAction(command, context =>
        {
            using var store = context.OpenStore(database, mustExist: true);
            if (store is null) return ExitCodes.Failed;
            string asked = context.Get(name);
            var actor = store.Actor(asked)
                ?? (ActorCatalogue.Shipped.FindByCode(asked) is { } coded ? store.Actor(coded.Id) : null);
            if (actor is null) return context.Fail($"no actor is known as '{asked}'; 'pamir actors' lists them");
            var profile = ActorProfileQuery.Build(store, actor, context.Get(limit));
            if (context.Get(json)) context.Output.WriteLine(JsonSerializer.Serialize(ToJson(profile)));
            else Print(context.Output, profile);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Print(TextWriter output, ActorProfile profile)
    {
        var a = profile.Actor;
        output.WriteLine($"{a.Name} — {a.Kind.ToExport()}{(a.CountryCode is null ? "" : ", " + a.CountryCode)}  (id {a.Id})");
        if (a.Aliases.Count > 0) output.WriteLine($"Also known as: {string.Join(", ", a.Aliases)}");
        if (a.Roles.Count > 0) output.WriteLine($"Roles: {string.Join("; ", a.Roles)}");
        output.WriteLine($"Mentioned {a.MentionCount} times in {profile.DocumentCount} documents");

        if (a.Merges.Count > 0)
        {
            Heading(output, "Names merged, and why");
            foreach (var merge in a.Merges) output.WriteLine($"  {merge.Form} — {merge.Reason}");
        }
        foreach (var (type, heading) in Stances)
        {
            var lines = profile.Relations.Where(r => r.Type == type).ToList();
            Heading(output, heading);
            if (lines.Count == 0) output.WriteLine("  (none stated)");
            foreach (var r in lines) Line(output, $"{(r.Outgoing ? "→" : "←")} {r.OtherName}{Period(r)}{(r.Note is null ? "" : $" ({r.Note})")}{Stated(r)}", r.DocumentId, r.Evidence);
        }
        var structure = profile.Relations.Where(r => !r.IsStance).ToList();
        if (structure.Count > 0)
        {
            Heading(output, "Structure");
            foreach (var r in structure)
                Line(output, (r.Outgoing ? $"{Words(r.Type)} {r.OtherName}{Period(r)}" : $"{r.OtherName} is {Words(r.Type)} {a.Name}{Period(r)}") + Stated(r), r.DocumentId, r.Evidence);
        }
        if (profile.RelationGroupCount > profile.Relations.Count)
            output.WriteLine($"  … {profile.RelationGroupCount - profile.Relations.Count} more relations (--limit)");
        if (profile.Incidents.Count > 0)
        {
            Heading(output, "Incidents");
            foreach (var i in profile.Incidents)
                Line(output, $"{i.Date?.ToIso() ?? "date unknown"}  {i.EventType.ToAcled()} ({i.SubEventType}){(i.Place is null ? "" : " in " + i.Place)}{(i.Fatalities is int f ? $", {f} killed" : "")}", i.DocumentId, i.Evidence);
        }
        if (profile.Figures.Count > 0)
        {
            Heading(output, "Key figures");
            foreach (var f in profile.Figures)
                Line(output, $"{f.Measure}: {(f.Qualifier is null ? "" : f.Qualifier + " ")}{FigureText.Number(f.Value)}{(f.Upper is double u ? "–" + FigureText.Number(u) : "")}{(f.Unit is null ? "" : " " + f.Unit)}{(f.RefersTo is { } d ? $" ({d.ToIso()})" : "")}{(f.Conflicting ? "  [sources disagree]" : "")}", f.DocumentId, f.Evidence);
        }
        Heading(output, profile.DocumentCount > profile.Sources.Count ? $"Latest sources ({profile.Sources.Count} of {profile.DocumentCount})" : "Sources");
        foreach (var s in profile.Sources)
        {
            output.WriteLine($"  {s.DocumentId}  {s.Published?.ToIso() ?? "date unknown"}  {s.Title ?? "(untitled)"} — {s.Mentions} mention{(s.Mentions == 1 ? "" : "s")} as {string.Join(", ", s.Forms)}");
            output.WriteLine($"      \"{s.Evidence}\"");
        }
    }

    private static void Heading(TextWriter output, string heading)
    {
        output.WriteLine();
        output.WriteLine(heading);
    }

    private static void Line(TextWriter output, string line, string document, string evidence)
    {
        output.WriteLine($"  {line}  [{document}]");
        if (evidence.Length > 0) output.WriteLine($"      \"{evidence}\"");
    }

    private static string Period(ProfileRelation r) =>
        (r.Since, r.Until) switch
        {
            (null, null) => "",
            ({ } s, null) => $" (since {s.ToIso()})",
            (null, { } u) => $" (until {u.ToIso()})",
            ({ } s, { } u) => $" ({s.ToIso()} to {u.ToIso()})",
        };

    private static string Stated(ProfileRelation r) => r.Statements > 1 ? $"  — stated {r.Statements} times, latest:" : "";

    private static string Words(RelationType type) => type.ToSnakeCase().Replace('_', ' ');


    private static object ToJson(ActorProfile profile)
    {
        var a = profile.Actor;
        return new
        {
            id = a.Id,
            name = a.Name,
            kind = a.Kind.ToExport(),
            country = a.CountryCode,
            aliases = a.Aliases,
            roles = a.Roles,
            mention_count = a.MentionCount,
            document_count = profile.DocumentCount,
            relation_count = profile.RelationGroupCount,
            merges = a.Merges.Select(m => new { form = m.Form, reason = m.Reason }),
            relations = profile.Relations.Select(r => new
            {
                type = r.Type.ToSnakeCase(),
                stance = r.IsStance,
                direction = r.Outgoing ? "outgoing" : "incoming",
                other = r.OtherId,
                other_name = r.OtherName,
                since = r.Since?.ToIso(),
                until = r.Until?.ToIso(),
                note = r.Note,
                statements = r.Statements,
                document = r.DocumentId,
                evidence = r.Evidence,
            }),
            incidents = profile.Incidents.Select(i => new
            {
                id = i.IncidentId,
                event_type = i.EventType.ToAcled(),
                sub_event_type = i.SubEventType,
                date = i.Date?.ToIso(),
                location = i.Place,
                fatalities = i.Fatalities,
                document = i.DocumentId,
                evidence = i.Evidence,
            }),
            figures = profile.Figures.Select(f => new
            {
                measure = f.Measure,
                value = f.Value,
                upper = f.Upper,
                unit = f.Unit,
                qualifier = f.Qualifier,
                refers_to = f.RefersTo?.ToIso(),
                conflicting = f.Conflicting,
                document = f.DocumentId,
                evidence = f.Evidence,
            }),
            sources = profile.Sources.Select(s => new
            {
                document = s.DocumentId,
                title = s.Title,
                published = s.Published?.ToIso(),
                mentions = s.Mentions,
                forms = s.Forms,
                evidence = s.Evidence,
            }),
        };
    }
}
