using System.Collections.Frozen;
using System.Text.Json;
using Pamir.Core.Actors;
using Pamir.Core.Claims;
using Pamir.Core.Incidents;
using Pamir.Core.Relations;
using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Storage.Serialization;

/// <summary>
/// Writes a document's findings lists as <see cref="JsonSerializer"/> with <see cref="StorageJson.Options"/>
/// writes them, byte for byte, without walking its metadata for every value: every saved document
/// writes its findings, and the serializer's generic walk was a third of saving's own CPU. Should a
/// finding's stored properties ever differ from those written here, <see cref="Current"/> is false
/// and the serializer writes them instead.
/// </summary>
internal static class FindingsJson
{
    private static readonly JsonEncodedText DocumentId = Name("DocumentId"), Ordinal = Name("Ordinal"), EventType = Name("EventType"),
        SubEventType = Name("SubEventType"), Date = Name("Date"), Place = Name("Place"), Fatalities = Name("Fatalities"),
        FatalitiesStated = Name("FatalitiesStated"), Injured = Name("Injured"), Arrested = Name("Arrested"), Perpetrators = Name("Perpetrators"),
        Targets = Name("Targets"), Trigger = Name("Trigger"), Evidence = Name("Evidence"), Name_ = Name("Name"), CountryCode = Name("CountryCode"),
        Latitude = Name("Latitude"), Longitude = Name("Longitude"), GazetteerId = Name("GazetteerId"), Admin1 = Name("Admin1"), Kind = Name("Kind"),
        CatalogueId = Name("CatalogueId"), Forms = Name("Forms"), Roles = Name("Roles"), Spans = Name("Spans"), Source = Name("Source"),
        Target = Name("Target"), Type = Name("Type"), Since = Name("Since"), Until = Name("Until"), Note = Name("Note"), Subject = Name("Subject"),
        Measure = Name("Measure"), Value = Name("Value"), Unit = Name("Unit"), Upper = Name("Upper"), Qualifier = Name("Qualifier"),
        StatedAs = Name("StatedAs"), RefersTo = Name("RefersTo"), Published = Name("Published");

    private static readonly FuzzyDateJsonConverter Dates = new();

    /// <summary>Whether the stored properties of every finding type are those written here, in this order.</summary>
    public static bool Current { get; } =
        Stores<IncidentReport>("DocumentId", "Ordinal", "EventType", "SubEventType", "Date", "Place", "Fatalities", "FatalitiesStated",
            "Injured", "Arrested", "Perpetrators", "Targets", "Trigger", "Evidence")
        && Stores<PlaceRef>("Name", "CountryCode", "Latitude", "Longitude", "GazetteerId", "Admin1", "Kind")
        && Stores<ActorMention>("DocumentId", "Name", "Kind", "CatalogueId", "CountryCode", "Forms", "Roles", "Spans")
        && Stores<RelationStatement>("DocumentId", "Source", "Target", "Type", "Evidence", "Since", "Until", "Note")
        && Stores<Claim>("DocumentId", "Subject", "Measure", "Value", "Unit", "Evidence", "Upper", "Qualifier", "StatedAs", "RefersTo", "Published");

    public static void Write(Utf8JsonWriter writer, IReadOnlyList<IncidentReport> reports) => WriteArray(writer, reports, WriteReport);
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<ActorMention> mentions) => WriteArray(writer, mentions, WriteMention);
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<RelationStatement> statements) => WriteArray(writer, statements, WriteStatement);
    public static void Write(Utf8JsonWriter writer, IReadOnlyList<Claim> claims) => WriteArray(writer, claims, WriteClaim);

    /// <summary>The findings as an array of objects, each written by <paramref name="writeProperties"/>; by the serializer when <see cref="Current"/> is false.</summary>
    private static void WriteArray<T>(Utf8JsonWriter writer, IReadOnlyList<T> findings, Action<Utf8JsonWriter, T> writeProperties)
    {
        if (!Current)
        {
            JsonSerializer.Serialize(writer, findings, StorageJson.Options);
            return;
        }
        writer.WriteStartArray();
        foreach (var finding in findings)
        {
            writer.WriteStartObject();
            writeProperties(writer, finding);
            writer.WriteEndObject();
        }
        writer.WriteEndArray();
    }

    private static void WriteReport(Utf8JsonWriter writer, IncidentReport report)
    {
        WriteString(writer, DocumentId, report.DocumentId);
        writer.WriteNumber(Ordinal, report.Ordinal);
        WriteEnum(writer, EventType, report.EventType);
        WriteString(writer, SubEventType, report.SubEventType);
        WriteDate(writer, Date, report.Date);
        if (report.Place is { } place) WritePlace(writer, place);
        WriteNumber(writer, Fatalities, report.Fatalities);
        WriteString(writer, FatalitiesStated, report.FatalitiesStated);
        WriteNumber(writer, Injured, report.Injured);
        WriteNumber(writer, Arrested, report.Arrested);
        WriteStrings(writer, Perpetrators, report.Perpetrators);
        WriteStrings(writer, Targets, report.Targets);
        WriteString(writer, Trigger, report.Trigger);
        WriteSpans(writer, Evidence, report.Evidence);
    }

    private static void WriteMention(Utf8JsonWriter writer, ActorMention mention)
    {
        WriteString(writer, DocumentId, mention.DocumentId);
        WriteString(writer, Name_, mention.Name);
        WriteEnum(writer, Kind, mention.Kind);
        WriteString(writer, CatalogueId, mention.CatalogueId);
        WriteString(writer, CountryCode, mention.CountryCode);
        WriteStrings(writer, Forms, mention.Forms);
        WriteStrings(writer, Roles, mention.Roles);
        WriteSpans(writer, Spans, mention.Spans);
    }

    private static void WriteStatement(Utf8JsonWriter writer, RelationStatement statement)
    {
        WriteString(writer, DocumentId, statement.DocumentId);
        WriteString(writer, Source, statement.Source);
        WriteString(writer, Target, statement.Target);
        WriteEnum(writer, Type, statement.Type);
        WriteSpan(writer, Evidence, statement.Evidence);
        WriteDate(writer, Since, statement.Since);
        WriteDate(writer, Until, statement.Until);
        WriteString(writer, Note, statement.Note);
    }

    private static void WriteClaim(Utf8JsonWriter writer, Claim claim)
    {
        WriteString(writer, DocumentId, claim.DocumentId);
        WriteString(writer, Subject, claim.Subject);
        WriteString(writer, Measure, claim.Measure);
        writer.WriteNumber(Value, claim.Value);
        WriteString(writer, Unit, claim.Unit);
        WriteSpan(writer, Evidence, claim.Evidence);
        if (claim.Upper is double upper) writer.WriteNumber(Upper, upper);
        WriteString(writer, Qualifier, claim.Qualifier);
        WriteString(writer, StatedAs, claim.StatedAs);
        WriteDate(writer, RefersTo, claim.RefersTo);
        WriteDate(writer, Published, claim.Published);
    }

    private static void WritePlace(Utf8JsonWriter writer, PlaceRef place)
    {
        writer.WriteStartObject(Place);
        WriteString(writer, Name_, place.Name);
        WriteString(writer, CountryCode, place.CountryCode);
        if (place.Latitude is double latitude) writer.WriteNumber(Latitude, latitude);
        if (place.Longitude is double longitude) writer.WriteNumber(Longitude, longitude);
        WriteNumber(writer, GazetteerId, place.GazetteerId);
        WriteString(writer, Admin1, place.Admin1);
        if (place.Kind is { } kind) WriteEnum(writer, Kind, kind);
        writer.WriteEndObject();
    }

    /// <summary>A null is left out, as the serializer leaves it out, even where the type says it cannot be null.</summary>
    private static void WriteString(Utf8JsonWriter writer, JsonEncodedText name, string? value)
    {
        if (value is not null) writer.WriteString(name, value);
    }

    private static void WriteNumber(Utf8JsonWriter writer, JsonEncodedText name, int? value)
    {
        if (value is int number) writer.WriteNumber(name, number);
    }

    private static void WriteDate(Utf8JsonWriter writer, JsonEncodedText name, FuzzyDate? date)
    {
        if (date is not { } value) return;
        writer.WritePropertyName(name);
        Dates.Write(writer, value, StorageJson.Options);
    }

    private static void WriteStrings(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<string>? values)
    {
        if (values is null) return;
        writer.WriteStartArray(name);
        foreach (var value in values) writer.WriteStringValue(value);
        writer.WriteEndArray();
    }

    private static void WriteSpans(Utf8JsonWriter writer, JsonEncodedText name, IReadOnlyList<TextSpan>? spans)
    {
        if (spans is null) return;
        writer.WriteStartArray(name);
        foreach (var span in spans) WriteSpanValue(writer, span);
        writer.WriteEndArray();
    }

    private static void WriteSpan(Utf8JsonWriter writer, JsonEncodedText name, TextSpan span)
    {
        writer.WritePropertyName(name);
        WriteSpanValue(writer, span);
    }

    /// <summary>As <see cref="TextSpanJsonConverter"/> writes a span.</summary>
    private static void WriteSpanValue(Utf8JsonWriter writer, TextSpan span)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(span.Start);
        writer.WriteNumberValue(span.End);
        writer.WriteEndArray();
    }

    /// <summary>A named value by its name, as the string enum converter writes it; anything else through the serializer.</summary>
    private static void WriteEnum<T>(Utf8JsonWriter writer, JsonEncodedText name, T value) where T : struct, Enum
    {
        writer.WritePropertyName(name);
        if (EnumNames<T>.Names.TryGetValue(value, out var text)) writer.WriteStringValue(text);
        else JsonSerializer.Serialize(writer, value, StorageJson.Options);
    }

    private static JsonEncodedText Name(string name) => JsonEncodedText.Encode(name, StorageJson.Options.Encoder);

    private static bool Stores<T>(params string[] names)
    {
        var properties = StorageJson.Options.GetTypeInfo(typeof(T)).Properties;
        if (properties.Count != names.Length) return false;
        for (int i = 0; i < names.Length; i++)
            if (properties[i].Name != names[i] || properties[i].CustomConverter is not null) return false;
        return true;
    }

    private static class EnumNames<T> where T : struct, Enum
    {
        public static readonly FrozenDictionary<T, JsonEncodedText> Names =
            Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, v => JsonEncodedText.Encode(v.ToString(), StorageJson.Options.Encoder));
    }
}
