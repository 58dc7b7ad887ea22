using System.CommandLine;
using System.CommandLine.Parsing;
using Pamir.Core.Export;
using Pamir.Core.Incidents;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Time;
using Pamir.Storage.Queries;
using Spectre.Console;

namespace Pamir.Cli.Commands;

/// <summary>`pamir incidents`: the incidents in the base as a table (date, place, type, toll with its range, sources), filtered.</summary>
internal static class IncidentsCommand
{
    public static Command Create()
    {
        var country = new Option<string?>("--country") { Description = "Only incidents in this country (ISO alpha-2 code, e.g. TJ)", HelpName = "CODE" };
        country.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } code && (code.Trim().Length != 2 || !code.Trim().All(char.IsAsciiLetter)))
                result.AddError($"--country {code}: expected a two-letter ISO code such as TJ");
        });
        var since = DateOption("--since", "Only incidents on or after this date (2018, 2018-01 or 2018-01-15)");
        var until = DateOption("--until", "Only incidents on or before this date (2019, 2019-06 or 2019-06-30)");
        var type = new Option<string?>("--type")
        {
            Description = $"Only this event type: {string.Join(", ", Enum.GetValues<EventType>().Select(t => t.ToAcled()))}",
            HelpName = "TYPE",
        };
        type.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } name && ParseType(name) is null)
                result.AddError($"--type {name}: not an event type; use one of {string.Join(", ", Enum.GetValues<EventType>().Select(t => t.ToAcled()))}");
        });
        var actor = new Option<string?>("--actor") { Description = "Only incidents naming this actor (any name or alias, ignoring case and accents)", HelpName = "NAME" };
        var limit = new Option<int?>("--limit") { Description = "The most incidents to show", HelpName = "N" };
        limit.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int?>() is < 1) result.AddError("--limit must be at least 1");
        });
        var database = CommonOptions.Database();
        var json = CommonOptions.Json("the incidents (the export contract's incident objects)");
        var command = new Command("incidents", "List incidents: date, place, type, fatalities with their range over sources, number of sources")
        {
            country, since, until, type, actor, limit, database, json,
        };
        CommandContext.SetAction(command, context =>
        {
            using var store = context.OpenStore(database, mustExist: true);
            if (store is null) return ExitCodes.Failed;
            var filter = new IncidentFilter(
                Country: context.Get(country)?.Trim().ToUpperInvariant(),
                Since: ParseDate(context.Get(since))?.First,
                Until: ParseDate(context.Get(until))?.Last,
                Type: context.Get(type) is { } t ? ParseType(t) : null,
                Actor: context.Get(actor),
                Limit: context.Get(limit));
            var incidents = store.Incidents(filter);
            if (context.Get(json))
            {
                WriteJson(context, incidents);
                return ExitCodes.Ok;
            }
            if (incidents.Count == 0)
            {
                context.Error.WriteLine("No incident matches.");
                return ExitCodes.Ok;
            }
            Render(IncidentConsole.For(context), incidents);
            return ExitCodes.Ok;
        });
        return command;
    }

    public static void Render(IAnsiConsole console, IReadOnlyList<Incident> incidents)
    {
        var table = new Table().Border(TableBorder.Simple)
            .AddColumn("Id").AddColumn("Date").AddColumn("Place").AddColumn("Type")
            .AddColumn(new TableColumn("Fatalities").RightAligned()).AddColumn(new TableColumn("Sources").RightAligned());
        foreach (var incident in incidents)
        {
            string place = incident.Place is { } p ? (p.CountryCode is { } cc && !string.Equals(p.Name, cc, StringComparison.OrdinalIgnoreCase) ? $"{p.Name}, {cc}" : p.Name) : "–";
            string warning = incident.Flags.Count > 0 || incident.Conflicts.Count > 0 ? " [yellow]![/]" : "";
            table.AddRow(
                Markup.Escape(incident.Id),
                Markup.Escape(incident.Date?.ToString() ?? "undated"),
                Markup.Escape(place),
                Markup.Escape($"{incident.EventType.ToAcled()} / {incident.SubEventType}"),
                Markup.Escape(IncidentConsole.Fatalities(incident.Fatalities, incident.FatalitiesMin, incident.FatalitiesMax)),
                incident.Reports.Select(r => r.DocumentId).Distinct().Count() + warning);
        }
        console.Write(table);
        console.MarkupLine($"{incidents.Count} incident{(incidents.Count == 1 ? "" : "s")}; [yellow]![/] marks sources that disagree. Show one with: pamir incident ID");
    }

    public static void WriteJson(CommandContext context, IReadOnlyList<Incident> incidents)
    {
        using var buffer = new MemoryStream();
        JsonExport.WriteIncidents(buffer, incidents);
        context.Output.WriteLine(System.Text.Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static Option<string?> DateOption(string name, string description)
    {
        var option = new Option<string?>(name) { Description = description, HelpName = "DATE" };
        option.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && ParseDate(text) is null)
                result.AddError($"{name} {text}: expected a date as YYYY, YYYY-MM or YYYY-MM-DD");
        });
        return option;
    }

    private static FuzzyDate? ParseDate(string? text) => FuzzyDate.ParseIso(text) is { HasYear: true } date ? date : null;

    /// <summary>ACLED's spelling ("Violence against civilians") or the enum's ("ViolenceAgainstCivilians"), any case.</summary>
    public static EventType? ParseType(string name) =>
        EventTypeNames.FromAcled(name)
        ?? (name.Any(char.IsLetter) && Enum.TryParse<EventType>(name.Replace(" ", "").Replace("/", ""), ignoreCase: true, out var type) ? type : null);
}
