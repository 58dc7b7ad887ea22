using System.CommandLine;
using Pamir.Core.Incidents;
using Pamir.Core.KnowledgeBase;
using Pamir.Storage;
using Spectre.Console;

namespace Pamir.Cli.Commands;

/// <summary>
/// `pamir incident ID`: one incident with each source's figures side by side and the sentence
/// each was read from; values that differ from the agreed one are marked, conflicts and flags listed.
/// </summary>
internal static class IncidentCommand
{
    public static Command Create()
    {
        var id = new Argument<string>("ID") { Description = "The incident id, as `pamir incidents` lists it" };
        var database = CommonOptions.Database();
        var json = CommonOptions.Json("the incident (the export contract's incident object)");
        var command = new Command("incident", "Show one incident: each source's date, place, type and toll side by side with its evidence") { id, database, json };
        CommandContext.SetAction(command, context =>
        {
            using var store = context.OpenStore(database, mustExist: true);
            if (store is null) return ExitCodes.Failed;
            string wanted = context.Get(id).Trim();
            if (store.Incident(wanted) is not { } incident)
                return context.Fail($"{wanted}: no such incident; `pamir incidents` lists them");
            if (context.Get(json))
                IncidentsCommand.WriteJson(context, [incident]);
            else
                Render(IncidentConsole.For(context), incident, store);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void Render(IAnsiConsole console, Incident incident, IKnowledgeStore store)
    {
        var place = incident.Place;
        console.MarkupLine($"[bold]{Markup.Escape(incident.Id)}[/]  {Markup.Escape(incident.EventType.ToAcled())} / {Markup.Escape(incident.SubEventType)}");
        console.WriteLine($"Date:       {incident.Date?.ToString() ?? "undated"}");
        console.WriteLine($"Place:      {(place is null ? "unknown" : $"{place.Name}, {place.CountryCode}{Coordinates(place)}")}");
        console.WriteLine($"Fatalities: {IncidentConsole.Fatalities(incident.Fatalities, incident.FatalitiesMin, incident.FatalitiesMax)} (the lowest figure a source states; the range over sources in brackets)");
        if (incident.Actors.Count > 0) console.WriteLine($"Actors:     {string.Join("; ", incident.Actors)}");
        console.WriteLine();

        var table = new Table().Border(TableBorder.Rounded).Title($"{incident.Reports.Count} report{(incident.Reports.Count == 1 ? "" : "s")}, side by side")
            .AddColumn("Source").AddColumn("Date").AddColumn("Place").AddColumn("Type")
            .AddColumn(new TableColumn("Fatalities").RightAligned()).AddColumn("Evidence");
        foreach (var report in incident.Reports)
        {
            var stored = store.Document(report.DocumentId)?.Document;
            string source = stored?.Title is { Length: > 0 } title ? $"{report.DocumentId}\n{Shorten(title, 40)}" : report.DocumentId;
            table.AddRow(
                Markup.Escape(source),
                Marked(report.Date?.ToString() ?? "–", Differs(incident, "date", report.Date?.ToIso())),
                Marked(report.Place?.Name ?? "–", Differs(incident, "location", report.Place?.Name)),
                Marked(report.EventType.ToAcled(), Differs(incident, "event_type", report.EventType.ToAcled())),
                Marked(Toll(report), Differs(incident, "fatalities", report.Fatalities?.ToString(System.Globalization.CultureInfo.InvariantCulture))),
                Markup.Escape(Evidence(report, stored?.Text)));
        }
        console.Write(table);

        if (incident.Conflicts.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold]Sources disagree on[/] (values marked * above):");
            foreach (var conflict in incident.Conflicts)
                console.MarkupLine($"  [yellow]{Markup.Escape(conflict.Field)}[/]: " + Markup.Escape(string.Join("; ",
                    conflict.DocumentsByValue.Select(kv => $"{kv.Key} ← {string.Join(", ", kv.Value)}"))));
        }
        if (incident.Flags.Count > 0)
        {
            console.WriteLine();
            console.MarkupLine("[bold red]Flagged[/]:");
            foreach (var flag in incident.Flags) console.MarkupLine($"  [red]{Markup.Escape(flag)}[/]");
        }
    }

    /// <summary>
    /// Does this report's value of a disputed field differ from the incident's agreed value? A
    /// coarser date that contains the agreed one ("2019-05" for "2019-05-19") does not.
    /// </summary>
    private static bool Differs(Incident incident, string field, string? value)
    {
        if (value is null || !incident.Conflicts.Any(c => c.Field == field)) return false;
        string? agreed = field switch
        {
            "date" => incident.Date?.ToIso(),
            "location" => incident.Place?.Name,
            "event_type" => incident.EventType.ToAcled(),
            "fatalities" => incident.Fatalities?.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => null,
        };
        if (agreed is null) return true;
        return field == "date"
            ? !(agreed.StartsWith(value, StringComparison.Ordinal) || value.StartsWith(agreed, StringComparison.Ordinal))
            : !string.Equals(value, agreed, StringComparison.OrdinalIgnoreCase);
    }

    private static string Marked(string text, bool differs) => differs ? $"[bold yellow]{Markup.Escape(text)} *[/]" : Markup.Escape(text);

    private static string Toll(IncidentReport report) =>
        report.Fatalities is int n
            ? report.FatalitiesStated is { Length: > 0 } stated && stated != n.ToString(System.Globalization.CultureInfo.InvariantCulture) ? $"{n} (\"{stated}\")" : $"{n}"
            : report.FatalitiesStated is { Length: > 0 } vague ? $"– (\"{vague}\")" : "–";

    private static string Coordinates(Pamir.Core.Incidents.PlaceRef place) =>
        place.Latitude is double lat && place.Longitude is double lon ? FormattableString.Invariant($" ({lat:0.###}, {lon:0.###})") : "";

    private static string Evidence(IncidentReport report, string? text)
    {
        if (text is null) return "(document no longer stored)";
        var parts = report.Evidence
            .Where(span => span.Start >= 0 && span.End <= text.Length && span.Length > 0)
            .Select(span => string.Join(' ', span.Of(text).Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries)));
        return string.Join(" … ", parts);
    }

    private static string Shorten(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}
