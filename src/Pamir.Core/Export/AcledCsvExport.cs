using System.Globalization;
using Pamir.Core.Documents;
using Pamir.Core.Incidents;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Places;

namespace Pamir.Core.Export;

/// <summary>
/// Writes incidents in ACLED's column layout, one row per incident, so that analysts can load
/// Pamir's incidents beside ACLED data. Where ACLED needs one value and sources disagree, the row
/// has the reconciled value and the tags say what was disputed.
/// </summary>
public static class AcledCsvExport
{
    public static IReadOnlyList<string> Columns { get; } =
    [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
        "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction", "civilian_targeting",
        "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude", "longitude", "geo_precision",
        "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
    ];

    /// <summary>Longest note: the evidence sentence an incident was found by, cut at a word.</summary>
    private const int MaxNoteLength = 600;

    /// <param name="document">Looks up a source document (for the outlet names and the evidence sentence); null when it is gone.</param>
    /// <param name="country">Looks up a country by ISO alpha-2 code; null when unknown.</param>
    /// <param name="timestamp">The time written in every row's timestamp column (ACLED: when the row was last changed).</param>
    public static void Write(
        TextWriter output,
        IEnumerable<Incident> incidents,
        Func<string, SourceDocument?> document,
        Func<string, AcledCsvCountry?> country,
        DateTimeOffset timestamp)
    {
        var csv = new AcledCsvWriter(output);
        csv.WriteRecord(Columns);
        string stamp = timestamp.ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture);
        foreach (var incident in incidents)
            csv.WriteRecord(Row(incident, document, country, stamp));
    }

    private static string?[] Row(Incident incident, Func<string, SourceDocument?> document, Func<string, AcledCsvCountry?> countries, string stamp)
    {
        var place = incident.Place;
        var country = place?.CountryCode is { Length: > 0 } code ? countries(code) ?? new AcledCsvCountry(code) : null;
        var perpetrators = Distinct(incident.Reports.SelectMany(r => r.Perpetrators));
        var targets = Distinct(incident.Reports.SelectMany(r => r.Targets)).Where(t => !perpetrators.Contains(t, StringComparer.OrdinalIgnoreCase)).ToList();
        string? actor1 = perpetrators.FirstOrDefault() ?? CollectiveActor(incident.EventType, country);
        string? actor2 = targets.FirstOrDefault();
        int? inter1 = actor1 is null ? null : incident.EventType switch
        {
            EventType.Riots when perpetrators.Count == 0 => 5,
            EventType.Protests when perpetrators.Count == 0 => 6,
            _ => AcledCsvCodes.ActorType(actor1),
        };
        int? inter2 = actor2 is null ? null : AcledCsvCodes.ActorType(actor2);
        var docs = incident.Reports.Select(r => r.DocumentId).Distinct().Select(id => (Id: id, Document: document(id))).ToList();

        return
        [
            $"{country?.Alpha3 ?? place?.CountryCode ?? "XXX"}-{incident.Id}",
            incident.Date is { HasYear: true } d ? AcledCsvCodes.EventDate(d).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : null,
            incident.Date?.Year?.ToString(CultureInfo.InvariantCulture),
            incident.Date is { HasYear: true } p ? AcledCsvCodes.TimePrecision(p) : null,
            AcledCsvCodes.DisorderType(incident.EventType, incident.SubEventType),
            incident.EventType.ToAcled(),
            incident.SubEventType,
            actor1,
            string.Join("; ", perpetrators.Skip(1)),
            inter1?.ToString(CultureInfo.InvariantCulture),
            actor2,
            string.Join("; ", targets.Skip(1)),
            inter2?.ToString(CultureInfo.InvariantCulture),
            AcledCsvCodes.Interaction(inter1, inter2),
            incident.EventType == EventType.ViolenceAgainstCivilians || inter2 == 7 ? "Civilian targeting" : null,
            country?.IsoNumeric?.ToString(CultureInfo.InvariantCulture),
            country?.Region,
            country?.Name,
            place?.Kind == PlaceKind.Region ? place.Name : null,
            null,
            null,
            place?.Name,
            Coordinate(place?.Latitude),
            Coordinate(place?.Longitude),
            AcledCsvCodes.GeoPrecision(place),
            string.Join("; ", docs.Select(x => Outlet(x.Id, x.Document)).Distinct()),
            null,
            Note(incident, docs),
            (incident.Fatalities ?? 0).ToString(CultureInfo.InvariantCulture),
            string.Join("; ", Tags(incident)),
            stamp,
        ];
    }

    /// <summary>ACLED names unnamed crowds after their country: "Rioters (Tajikistan)", "Protesters (Kyrgyzstan)".</summary>
    private static string? CollectiveActor(EventType type, AcledCsvCountry? country)
    {
        string suffix = country is null ? "" : $" ({country.Name})";
        return type switch
        {
            EventType.Riots => "Rioters" + suffix,
            EventType.Protests => "Protesters" + suffix,
            _ => null,
        };
    }

    private static List<string> Distinct(IEnumerable<string> names)
    {
        var seen = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        return names.Select(n => n.Trim()).Where(n => n.Length > 0 && seen.Add(n)).ToList();
    }

    private static string? Coordinate(double? value) => value?.ToString("0.0####", CultureInfo.InvariantCulture);

    /// <summary>The outlet: the web site a document came from, else its id.</summary>
    private static string Outlet(string id, SourceDocument? document)
    {
        string? url = document?.Url ?? document?.Source;
        if (url is not null && Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Host.Length > 0)
            return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
        return id;
    }

    /// <summary>The evidence of the first report whose document is at hand, as ACLED's notes describe the event in a sentence.</summary>
    private static string? Note(Incident incident, List<(string Id, SourceDocument? Document)> docs)
    {
        foreach (var report in incident.Reports)
        {
            var text = docs.First(x => x.Id == report.DocumentId).Document?.Text;
            if (text is null || report.Evidence.Count == 0) continue;
            var span = report.Evidence[0];
            if (span.Start < 0 || span.End > text.Length || span.Length <= 0) continue;
            var note = string.Join(' ', span.Of(text).Split((char[])[' ', '\r', '\n', '\t'], StringSplitOptions.RemoveEmptyEntries));
            if (note.Length <= MaxNoteLength) return note;
            int cut = note.LastIndexOf(' ', MaxNoteLength);
            return note[..(cut > 0 ? cut : MaxNoteLength)] + " …";
        }
        return null;
    }

    private static IEnumerable<string> Tags(Incident incident)
    {
        int sources = incident.Reports.Select(r => r.DocumentId).Distinct().Count();
        yield return $"sources={sources}";
        if (incident.Fatalities is null) yield return "fatalities=no report";
        else if (incident.FatalitiesMin != incident.FatalitiesMax)
            yield return $"fatalities range={incident.FatalitiesMin}-{incident.FatalitiesMax}";
        foreach (var conflict in incident.Conflicts)
            yield return $"disputed {conflict.Field}: {string.Join(" | ", conflict.DocumentsByValue.Keys)}";
        foreach (var flag in incident.Flags) yield return $"flag: {flag}";
    }
}
