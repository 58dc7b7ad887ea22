using System.Text.Json;
using Pamir.Core.Incidents;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Text;

namespace Pamir.Core.Export;

public static partial class JsonExport
{
    private static void WriteIncidents(Utf8JsonWriter json, IReadOnlyList<Incident> incidents)
    {
        json.WriteStartArray("incidents");
        foreach (var incident in incidents)
        {
            json.WriteStartObject();
            json.WriteString("id", incident.Id);
            json.WriteString("event_type", incident.EventType.ToAcled());
            json.WriteString("sub_event_type", incident.SubEventType);
            WriteDate(json, "date", incident.Date);
            json.WriteString("date_precision", incident.Date is { } date && date.HasYear ? SnakeCase.Of(date.Precision) : null);
            WritePlace(json, incident.Place);
            WriteNumber(json, "fatalities", incident.Fatalities);
            WriteNumber(json, "fatalities_min", incident.FatalitiesMin);
            WriteNumber(json, "fatalities_max", incident.FatalitiesMax);
            WriteStrings(json, "actors", incident.Actors);
            json.WriteStartArray("reports");
            foreach (var report in incident.Reports) WriteReport(json, report);
            json.WriteEndArray();
            json.WriteStartArray("conflicts");
            foreach (var conflict in incident.Conflicts)
            {
                json.WriteStartObject();
                json.WriteString("field", conflict.Field);
                json.WriteStartObject("values");
                foreach (var (value, documents) in conflict.DocumentsByValue) WriteStrings(json, value, documents);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            WriteStrings(json, "flags", incident.Flags);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteReport(Utf8JsonWriter json, IncidentReport report)
    {
        json.WriteStartObject();
        json.WriteString("document", report.DocumentId);
        json.WriteNumber("ordinal", report.Ordinal);
        json.WriteString("event_type", report.EventType.ToAcled());
        json.WriteString("sub_event_type", report.SubEventType);
        WriteDate(json, "date", report.Date);
        WritePlace(json, report.Place);
        WriteNumber(json, "fatalities", report.Fatalities);
        json.WriteString("fatalities_stated", report.FatalitiesStated);
        WriteNumber(json, "injured", report.Injured);
        WriteNumber(json, "arrested", report.Arrested);
        WriteStrings(json, "perpetrators", report.Perpetrators);
        WriteStrings(json, "targets", report.Targets);
        json.WriteString("trigger", report.Trigger);
        WriteEvidence(json, report.Evidence);
        json.WriteEndObject();
    }

    private static void WritePlace(Utf8JsonWriter json, PlaceRef? place)
    {
        json.WriteString("country", place?.CountryCode);
        json.WriteString("location", place?.Name);
        json.WriteString("admin1", place?.Admin1);
        WriteNumber(json, "latitude", place?.Latitude);
        WriteNumber(json, "longitude", place?.Longitude);
    }

    private static void WriteActors(Utf8JsonWriter json, IReadOnlyList<Actor> actors)
    {
        json.WriteStartArray("actors");
        foreach (var actor in actors)
        {
            json.WriteStartObject();
            json.WriteString("id", actor.Id);
            json.WriteString("name", actor.Name);
            json.WriteString("kind", SnakeCase.Of(actor.Kind));
            WriteStrings(json, "aliases", actor.Aliases);
            json.WriteString("country", actor.CountryCode);
            WriteStrings(json, "roles", actor.Roles);
            json.WriteNumber("mention_count", actor.MentionCount);
            WriteStrings(json, "documents", actor.Documents);
            json.WriteStartArray("merges");
            foreach (var merge in actor.Merges)
            {
                json.WriteStartObject();
                json.WriteString("form", merge.Form);
                json.WriteString("reason", merge.Reason);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WriteRelations(Utf8JsonWriter json, IReadOnlyList<ResolvedRelation> relations)
    {
        json.WriteStartArray("relations");
        foreach (var relation in relations)
        {
            var statement = relation.Statement;
            json.WriteStartObject();
            json.WriteString("source", relation.SourceActorId);
            json.WriteString("target", relation.TargetActorId);
            json.WriteString("type", SnakeCase.Of(statement.Type));
            json.WriteString("document", statement.DocumentId);
            WriteEvidence(json, [statement.Evidence]);
            json.WriteString("source_name", statement.Source);
            json.WriteString("target_name", statement.Target);
            WriteDate(json, "since", statement.Since);
            WriteDate(json, "until", statement.Until);
            json.WriteString("note", statement.Note);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    /// <summary>Every claim on its own line as the contract asks, each pointing at its group; the groups follow with their spread.</summary>
    private static void WriteClaims(Utf8JsonWriter json, IReadOnlyList<ClaimGroup> groups)
    {
        json.WriteStartArray("claims");
        foreach (var group in groups)
        {
            foreach (var claim in group.Claims)
            {
                json.WriteStartObject();
                json.WriteString("document", claim.DocumentId);
                json.WriteString("subject", claim.Subject);
                json.WriteString("measure", claim.Measure);
                json.WriteNumber("value", claim.Value);
                WriteNumber(json, "upper", claim.Upper);
                json.WriteString("unit", claim.Unit);
                json.WriteString("qualifier", claim.Qualifier);
                json.WriteString("stated_as", claim.StatedAs);
                WriteDate(json, "refers_to", claim.RefersTo);
                WriteEvidence(json, [claim.Evidence]);
                json.WriteString("group", group.Id);
                json.WriteEndObject();
            }
        }
        json.WriteEndArray();
        json.WriteStartArray("claim_groups");
        foreach (var group in groups)
        {
            json.WriteStartObject();
            json.WriteString("id", group.Id);
            json.WriteString("subject", group.Subject);
            json.WriteString("measure", group.Measure);
            json.WriteString("unit", group.Unit);
            json.WriteNumber("min", group.Min);
            json.WriteNumber("max", group.Max);
            json.WriteBoolean("conflicting", group.Conflicting);
            json.WriteNumber("claim_count", group.Claims.Count);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
