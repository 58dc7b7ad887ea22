using System.Text.Encodings.Web;
using System.Text.Json;
using Pamir.Core.Documents;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Core.Export;

/// <summary>
/// Writes the knowledge base in the JSON export contract (shared eval README): documents,
/// incidents, actors, relations and claims, with the extra fields the contract encourages.
/// Documents are streamed, so an export never holds the corpus in memory.
/// </summary>
public static partial class JsonExport
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Indented = true,
        // Non-ASCII names and texts stay readable in the file rather than \u-escaped.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static void Write(Stream output, IEnumerable<SourceDocument> documents, FusedKnowledge knowledge)
    {
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        json.WriteStartArray("documents");
        foreach (var document in documents)
        {
            WriteDocument(json, document);
            if (json.BytesPending > 1 << 16) json.Flush();
        }
        json.WriteEndArray();
        WriteIncidents(json, knowledge.Incidents);
        WriteActors(json, knowledge.Actors);
        WriteRelations(json, knowledge.Relations);
        WriteClaims(json, knowledge.ClaimGroups);
        json.WriteEndObject();
    }

    private static void WriteDocument(Utf8JsonWriter json, SourceDocument document)
    {
        json.WriteStartObject();
        json.WriteString("id", document.Id);
        json.WriteString("source", document.Source);
        json.WriteString("url", document.Url);
        json.WriteString("title", document.Title);
        WriteDate(json, "published", document.Published);
        json.WriteString("published_source", document.PublishedSource.ToString().ToLowerInvariant());
        json.WriteString("content_hash", document.ContentHash);
        json.WriteString("text", document.Text);
        json.WriteEndObject();
    }

    /// <summary>An ISO prefix whose length says the precision, or null when the date is unknown.</summary>
    /// <summary>
    /// Writes the ISO prefix whose length is the precision. A decade ("the 1990s") has no such
    /// prefix — "1990" would claim the year — so it is written as null with the decade beside it.
    /// </summary>
    private static void WriteDate(Utf8JsonWriter json, string name, FuzzyDate? date)
    {
        if (date is { Precision: DatePrecision.Decade } decade)
        {
            json.WriteNull(name);
            json.WriteString(name + "_decade", decade.ToString());
            return;
        }
        string? iso = date?.ToIso();
        if (string.IsNullOrEmpty(iso)) json.WriteNull(name);
        else json.WriteString(name, iso);
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, int? value)
    {
        if (value is int v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }

    private static void WriteNumber(Utf8JsonWriter json, string name, double? value)
    {
        if (value is double v) json.WriteNumber(name, v);
        else json.WriteNull(name);
    }

    private static void WriteStrings(Utf8JsonWriter json, string name, IEnumerable<string> values)
    {
        json.WriteStartArray(name);
        foreach (string value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }

    private static void WriteEvidence(Utf8JsonWriter json, IEnumerable<TextSpan> spans)
    {
        json.WriteStartArray("evidence");
        foreach (var span in spans)
        {
            json.WriteStartObject();
            json.WriteNumber("start", span.Start);
            json.WriteNumber("end", span.End);
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }
}
