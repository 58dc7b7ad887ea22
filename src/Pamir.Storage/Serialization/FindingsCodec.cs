using Pamir.Core.Actors;
using Pamir.Core.Claims;
using Pamir.Core.Incidents;
using Pamir.Core.Names;
using Pamir.Core.Places;
using Pamir.Core.Relations;

namespace Pamir.Storage.Serialization;

/// <summary>
/// A document's findings lists as stored: every saved document writes them, and a later run reads
/// back those of the documents it did not store. As JSON they were 1.7 bytes for each byte of
/// text, the largest table of the base, written to the log and again to the file, and parsing them
/// was most of reading them back; in this form they are under a third of that. Every property is
/// written, in the order of the record's declaration; enum values by name, so that a value added to
/// an enum does not change what the stored ones mean.
/// </summary>
internal static class FindingsCodec
{
    public static ReadOnlySpan<byte> Encode(BinaryPayloadWriter writer, IReadOnlyList<IncidentReport> reports)
    {
        writer.Start(reports.Count);
        for (int i = 0; i < reports.Count; i++) WriteReport(writer, reports[i]);
        return writer.Written;
    }

    /// <summary>One incident report, as a document's findings and an incident's payload (<see cref="IncidentCodec"/>) both hold it.</summary>
    public static void WriteReport(BinaryPayloadWriter writer, IncidentReport report)
    {
        writer.String(report.DocumentId);
        writer.Int(report.Ordinal);
        writer.String(EnumNames<EventType>.Of(report.EventType));
        writer.String(report.SubEventType);
        writer.Date(report.Date);
        WritePlace(writer, report.Place);
        writer.Int(report.Fatalities);
        writer.String(report.FatalitiesStated);
        writer.Int(report.Injured);
        writer.Int(report.Arrested);
        writer.Strings(report.Perpetrators);
        writer.Strings(report.Targets);
        writer.String(report.Trigger);
        writer.Spans(report.Evidence);
    }

    public static ReadOnlySpan<byte> Encode(BinaryPayloadWriter writer, IReadOnlyList<ActorMention> mentions)
    {
        writer.Start(mentions.Count);
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            writer.String(mention.DocumentId);
            writer.String(mention.Name);
            writer.String(EnumNames<ActorKind>.Of(mention.Kind));
            writer.String(mention.CatalogueId);
            writer.String(mention.CountryCode);
            writer.Strings(mention.Forms);
            writer.Strings(mention.Roles);
            writer.Spans(mention.Spans);
        }
        return writer.Written;
    }

    public static ReadOnlySpan<byte> Encode(BinaryPayloadWriter writer, IReadOnlyList<RelationStatement> statements)
    {
        writer.Start(statements.Count);
        for (int i = 0; i < statements.Count; i++)
        {
            var statement = statements[i];
            writer.String(statement.DocumentId);
            writer.String(statement.Source);
            writer.String(statement.Target);
            writer.String(EnumNames<RelationType>.Of(statement.Type));
            writer.Span(statement.Evidence);
            writer.Date(statement.Since);
            writer.Date(statement.Until);
            writer.String(statement.Note);
        }
        return writer.Written;
    }

    public static ReadOnlySpan<byte> Encode(BinaryPayloadWriter writer, IReadOnlyList<Claim> claims)
    {
        writer.Start(claims.Count);
        for (int i = 0; i < claims.Count; i++)
        {
            var claim = claims[i];
            writer.String(claim.DocumentId);
            writer.String(claim.Subject);
            writer.String(claim.Measure);
            writer.Double(claim.Value);
            writer.String(claim.Unit);
            writer.Span(claim.Evidence);
            writer.Double(claim.Upper);
            writer.String(claim.Qualifier);
            writer.String(claim.StatedAs);
            writer.Date(claim.RefersTo);
            writer.Date(claim.Published);
        }
        return writer.Written;
    }

    public static List<IncidentReport> Incidents(ReadOnlySpan<byte> payload, List<string> texts) => ReadAll(payload, texts, ReadReport);

    public static IncidentReport ReadReport(ref BinaryPayloadReader reader) => new()
    {
        DocumentId = reader.ReadString(),
        Ordinal = reader.ReadInt(),
        EventType = EnumNames<EventType>.Parse(reader.ReadString()),
        SubEventType = reader.ReadString(),
        Date = reader.ReadDate(),
        Place = ReadPlace(ref reader),
        Fatalities = reader.ReadNullableInt(),
        FatalitiesStated = reader.ReadNullableString(),
        Injured = reader.ReadNullableInt(),
        Arrested = reader.ReadNullableInt(),
        Perpetrators = reader.ReadStrings(),
        Targets = reader.ReadStrings(),
        Trigger = reader.ReadNullableString(),
        Evidence = reader.ReadSpans(),
    };

    public static List<ActorMention> Actors(ReadOnlySpan<byte> payload, List<string> texts) =>
        ReadAll(payload, texts, static (ref BinaryPayloadReader reader) => new ActorMention
        {
            DocumentId = reader.ReadString(),
            Name = reader.ReadString(),
            Kind = EnumNames<ActorKind>.Parse(reader.ReadString()),
            CatalogueId = reader.ReadNullableString(),
            CountryCode = reader.ReadNullableString(),
            Forms = reader.ReadStrings(),
            Roles = reader.ReadStrings(),
            Spans = reader.ReadSpans(),
        });

    public static List<RelationStatement> Relations(ReadOnlySpan<byte> payload, List<string> texts) =>
        ReadAll(payload, texts, static (ref BinaryPayloadReader reader) => new RelationStatement(
            DocumentId: reader.ReadString(),
            Source: reader.ReadString(),
            Target: reader.ReadString(),
            Type: EnumNames<RelationType>.Parse(reader.ReadString()),
            Evidence: reader.ReadSpan(),
            Since: reader.ReadDate(),
            Until: reader.ReadDate(),
            Note: reader.ReadNullableString()));

    public static List<Claim> Claims(ReadOnlySpan<byte> payload, List<string> texts) =>
        ReadAll(payload, texts, static (ref BinaryPayloadReader reader) => new Claim(
            DocumentId: reader.ReadString(),
            Subject: reader.ReadString(),
            Measure: reader.ReadString(),
            Value: reader.ReadDouble(),
            Unit: reader.ReadNullableString(),
            Evidence: reader.ReadSpan(),
            Upper: reader.ReadNullableDouble(),
            Qualifier: reader.ReadNullableString(),
            StatedAs: reader.ReadNullableString(),
            RefersTo: reader.ReadDate(),
            Published: reader.ReadDate()));

    public delegate T ReadOne<T>(ref BinaryPayloadReader reader);

    /// <summary>
    /// The payload's list, each value read by <paramref name="one"/>. A payload cut short or with a
    /// count no list of its length could hold is refused as not of this format, like one of an
    /// unknown format, rather than failing on the first byte it lacks.
    /// </summary>
    public static List<T> ReadAll<T>(ReadOnlySpan<byte> payload, List<string> texts, ReadOne<T> one)
    {
        try
        {
            var reader = new BinaryPayloadReader(payload, texts);
            // Every value takes a byte at least, so a larger count is not of this format.
            if (reader.Count > payload.Length) throw new InvalidDataException($"a findings payload of {payload.Length} bytes claims {reader.Count} values");
            var values = new List<T>(reader.Count);
            for (int i = 0; i < reader.Count; i++) values.Add(one(ref reader));
            reader.End();
            return values;
        }
        catch (Exception e) when (e is IndexOutOfRangeException or ArgumentOutOfRangeException)
        {
            throw new InvalidDataException("a findings payload ends before its format does", e);
        }
    }

    public static void WritePlace(BinaryPayloadWriter writer, PlaceRef? place)
    {
        writer.Byte(place is null ? (byte)0 : (byte)1);
        if (place is null) return;
        writer.String(place.Name);
        writer.String(place.CountryCode);
        writer.Double(place.Latitude);
        writer.Double(place.Longitude);
        writer.Int(place.GazetteerId);
        writer.String(place.Admin1);
        writer.String(place.Kind is { } kind ? EnumNames<PlaceKind>.Of(kind) : null);
    }

    public static PlaceRef? ReadPlace(ref BinaryPayloadReader reader)
    {
        if (reader.ReadByte() == 0) return null;
        return new PlaceRef(
            Name: reader.ReadString(),
            CountryCode: reader.ReadNullableString(),
            Latitude: reader.ReadNullableDouble(),
            Longitude: reader.ReadNullableDouble(),
            GazetteerId: reader.ReadNullableInt(),
            Admin1: reader.ReadNullableString(),
            Kind: reader.ReadNullableString() is { } kind ? EnumNames<PlaceKind>.Parse(kind) : null);
    }
}
