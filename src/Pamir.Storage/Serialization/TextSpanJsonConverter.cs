using System.Text.Json;
using System.Text.Json.Serialization;
using Pamir.Core.Text;

namespace Pamir.Storage.Serialization;

/// <summary>A span as the pair [start, end]: evidence lists stay small.</summary>
public sealed class TextSpanJsonConverter : JsonConverter<TextSpan>
{
    public override TextSpan Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartArray) throw new JsonException("a text span must be [start, end]");
        reader.Read();
        int start = reader.GetInt32();
        reader.Read();
        int end = reader.GetInt32();
        reader.Read();
        if (reader.TokenType != JsonTokenType.EndArray) throw new JsonException("a text span must be [start, end]");
        return new TextSpan(start, end);
    }

    public override void Write(Utf8JsonWriter writer, TextSpan value, JsonSerializerOptions options)
    {
        writer.WriteStartArray();
        writer.WriteNumberValue(value.Start);
        writer.WriteNumberValue(value.End);
        writer.WriteEndArray();
    }
}
