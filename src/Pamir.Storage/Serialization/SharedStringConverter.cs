using System.Text.Json;
using System.Text.Json.Serialization;

namespace Pamir.Storage.Serialization;

/// <summary>Reads strings through <see cref="SharedStrings"/>, so that payloads read for fusion share their repeated short strings.</summary>
internal sealed class SharedStringConverter : JsonConverter<string>
{
    public override string? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.String || reader.HasValueSequence || reader.ValueIsEscaped) return reader.GetString();
        var bytes = reader.ValueSpan;
        return bytes.Length > SharedStrings.MaxLength ? reader.GetString() : SharedStrings.Of(bytes);
    }

    public override void Write(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WriteStringValue(value);

    public override string ReadAsPropertyName(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) => reader.GetString()!;

    public override void WriteAsPropertyName(Utf8JsonWriter writer, string value, JsonSerializerOptions options) => writer.WritePropertyName(value);
}
