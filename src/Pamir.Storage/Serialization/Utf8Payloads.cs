namespace Pamir.Storage.Serialization;

/// <summary>
/// Serializes stored payloads straight to UTF-8, as they are stored and compared, several at once:
/// a knowledge refresh serializes every fused record, and that was most of its cost on one core.
/// </summary>
internal static class Utf8Payloads
{
    /// <summary>The payloads of values <paramref name="from"/> to <paramref name="to"/> (exclusive) of <paramref name="value"/>, in order.</summary>
    public static byte[][] Serialize<T>(Func<int, T> value, int from, int to)
    {
        var payloads = new byte[to - from][];
        Parallel.For(from, to,
            () => new Utf8PayloadWriter(),
            (i, _, writer) =>
            {
                payloads[i - from] = writer.Serialize(value(i)).ToArray();
                return writer;
            },
            writer => writer.Dispose());
        return payloads;
    }
}
