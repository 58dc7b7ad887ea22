using System.Buffers;
using System.Text.Json;

namespace Pamir.Storage.Serialization;

/// <summary>
/// Serializes payloads one after another into one reused buffer, straight to the UTF-8 SQLite
/// stores and byte for byte as <see cref="JsonSerializer.Serialize{T}(T, JsonSerializerOptions?)"/>
/// with <see cref="StorageJson.Options"/> writes them: binding copies the bytes, so a payload
/// needs no array of its own.
/// </summary>
internal sealed class Utf8PayloadWriter : IDisposable
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = StorageJson.Options.Encoder,
        Indented = StorageJson.Options.WriteIndented,
        MaxDepth = StorageJson.Options.MaxDepth,
        SkipValidation = true,
    };

    private readonly ArrayBufferWriter<byte> buffer = new(4096);
    private readonly Utf8JsonWriter writer;

    public Utf8PayloadWriter() => writer = new Utf8JsonWriter(buffer, WriterOptions);

    /// <summary>The value's payload, valid until the next call.</summary>
    public ReadOnlySpan<byte> Serialize<T>(T value)
    {
        buffer.ResetWrittenCount();
        writer.Reset();
        JsonSerializer.Serialize(writer, value, StorageJson.Options);
        return buffer.WrittenSpan;
    }

    public void Dispose() => writer.Dispose();
}
