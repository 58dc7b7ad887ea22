using System.Text.Json;
using Pamir.Core.KnowledgeBase;

namespace Pamir.Core.Export;

public static partial class JsonExport
{
    /// <summary>Incidents alone, as the export contract writes them: {"incidents": [...]} (for `pamir incidents --json`).</summary>
    public static void WriteIncidents(Stream output, IReadOnlyList<Incident> incidents)
    {
        using var json = new Utf8JsonWriter(output, WriterOptions);
        json.WriteStartObject();
        WriteIncidents(json, incidents);
        json.WriteEndObject();
    }
}
