using Pamir.Core.Incidents;
using Pamir.Core.KnowledgeBase;

namespace Pamir.Storage.Serialization;

/// <summary>
/// A fused incident as stored, in the compact form of the findings (<see cref="FindingsCodec"/>),
/// a list of one: as JSON the incidents were as many bytes as the text they came from, over half
/// of what a knowledge refresh wrote and the WAL checkpoint copied, and serializing them took
/// longer than encoding them does. Every property is written, in the order of the record's
/// declaration; its reports as the findings hold them; a conflict's values and their documents in
/// the order given.
/// </summary>
internal static class IncidentCodec
{
    public static ReadOnlySpan<byte> Encode(BinaryPayloadWriter writer, Incident incident)
    {
        writer.Start(1);
        writer.String(incident.Id);
        writer.String(EnumNames<EventType>.Of(incident.EventType));
        writer.String(incident.SubEventType);
        writer.Date(incident.Date);
        FindingsCodec.WritePlace(writer, incident.Place);
        writer.Int(incident.Fatalities);
        writer.Int(incident.FatalitiesMin);
        writer.Int(incident.FatalitiesMax);
        writer.Strings(incident.Actors);
        writer.Count(incident.Reports.Count);
        for (int i = 0; i < incident.Reports.Count; i++) FindingsCodec.WriteReport(writer, incident.Reports[i]);
        writer.Count(incident.Conflicts.Count);
        for (int i = 0; i < incident.Conflicts.Count; i++)
        {
            var conflict = incident.Conflicts[i];
            writer.String(conflict.Field);
            writer.Count(conflict.DocumentsByValue.Count);
            foreach (var (value, documents) in conflict.DocumentsByValue)
            {
                writer.String(value);
                writer.Strings(documents);
            }
        }
        writer.Strings(incident.Flags);
        return writer.Written;
    }

    public static Incident Decode(ReadOnlySpan<byte> payload, List<string> texts) =>
        FindingsCodec.ReadAll(payload, texts, Read) is [var incident]
            ? incident
            : throw new InvalidDataException("an incident payload holds other than one incident");

    private static Incident Read(ref BinaryPayloadReader reader) => new()
    {
        Id = reader.ReadString(),
        EventType = EnumNames<EventType>.Parse(reader.ReadString()),
        SubEventType = reader.ReadString(),
        Date = reader.ReadDate(),
        Place = FindingsCodec.ReadPlace(ref reader),
        Fatalities = reader.ReadNullableInt(),
        FatalitiesMin = reader.ReadNullableInt(),
        FatalitiesMax = reader.ReadNullableInt(),
        Actors = reader.ReadStrings(),
        Reports = ReadReports(ref reader),
        Conflicts = ReadConflicts(ref reader),
        Flags = reader.ReadStrings(),
    };

    private static List<IncidentReport> ReadReports(ref BinaryPayloadReader reader)
    {
        int count = reader.ReadCount();
        var reports = new List<IncidentReport>();
        for (int i = 0; i < count; i++) reports.Add(FindingsCodec.ReadReport(ref reader));
        return reports;
    }

    private static List<FieldConflict> ReadConflicts(ref BinaryPayloadReader reader)
    {
        int count = reader.ReadCount();
        var conflicts = new List<FieldConflict>();
        for (int i = 0; i < count; i++)
        {
            string field = reader.ReadString();
            int values = reader.ReadCount();
            var documentsByValue = new Dictionary<string, IReadOnlyList<string>>(StringComparer.Ordinal);
            for (int v = 0; v < values; v++) documentsByValue[reader.ReadString()] = reader.ReadStrings();
            conflicts.Add(new FieldConflict(field, documentsByValue));
        }
        return conflicts;
    }
}
