using System.Buffers;
using System.Text.Json;

namespace Pamir.Storage.Serialization;

/// <summary>
/// Serializes stored payloads straight to UTF-8, as they are stored and compared, byte for byte as
/// <see cref="JsonSerializer.Serialize{T}(T, JsonSerializerOptions?)"/> with <see cref="StorageJson.Options"/>
/// writes them, several at once: a knowledge refresh serializes every fused record, and that was
/// most of its cost on one core.
/// </summary>
internal static class Utf8Payloads
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        Encoder = StorageJson.Options.Encoder,
        Indented = StorageJson.Options.WriteIndented,
        MaxDepth = StorageJson.Options.MaxDepth,
        SkipValidation = true,
    };

    /// <summary>The payloads of values <paramref name="from"/> to <paramref name="to"/> (exclusive) of <paramref name="value"/>, in order.</summary>
    public static byte[][] Serialize<T>(Func<int, T> value, int from, int to)
    {
        var payloads = new byte[to - from][];
        Parallel.For(from, to,
            () =>
            {
                var buffer = new ArrayBufferWriter<byte>(4096);
                return (Buffer: buffer, Writer: new Utf8JsonWriter(buffer, WriterOptions));
            },
            (i, _, local) =>
            {
                local.Buffer.ResetWrittenCount();
                local.Writer.Reset();
                JsonSerializer.Serialize(local.Writer, value(i), StorageJson.Options);
                payloads[i - from] = local.Buffer.WrittenSpan.ToArray();
                return local;
            },
            local => local.Writer.Dispose());
        return payloads;
    }
}
