using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pamir.Storage.Serialization;

/// <summary>
/// Reads short ASCII strings through a small table of those last read on this thread, so that a
/// document id repeated in each of its findings, or an actor's name, a place or an event type
/// repeated across thousands of documents, is mostly one object while fusion holds every
/// document's findings. The table keeps only the last string of each slot, so it stays the same
/// size however large the base; a miss costs what reading always cost.
/// </summary>
internal sealed class SharedStringConverter : JsonConverter<string>
{
    private const int MaxLength = 48;
    private const int Slots = 1 << 14;

    [ThreadStatic]
    private static string?[]? table;

    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueIsEscaped) return reader.GetString();
        var bytes = reader.ValueSpan;
        if (bytes.Length > MaxLength || !Ascii.IsValid(bytes)) return reader.GetString();
        uint hash = 2166136261;
        foreach (byte b in bytes) hash = (hash ^ b) * 16777619;
        ref string? slot = ref (table ??= new string?[Slots])[hash & (Slots - 1)];
        if (slot is not null && Ascii.Equals(bytes, slot)) return slot;
        return slot = Encoding.ASCII.GetString(bytes);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString()!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);
}
