namespace Pamir.Storage.Serialization;

/// <summary>
/// Encodes stored payloads several at once, each thread with a writer of its own: a knowledge
/// refresh encodes every fused record, and that was most of its cost on one core.
/// </summary>
internal static class PayloadBatch
{
    /// <summary>A value's payload written by <paramref name="writer"/>, valid until its next call.</summary>
    public delegate ReadOnlySpan<byte> Encoder<in TWriter, in T>(TWriter writer, T value);

    /// <summary>The payloads of values <paramref name="from"/> to <paramref name="to"/> (exclusive) of <paramref name="value"/>, in order.</summary>
    public static byte[][] Encode<T, TWriter>(Func<int, T> value, int from, int to, Func<TWriter> newWriter, Encoder<TWriter, T> encode)
    {
        var payloads = new byte[to - from][];
        Parallel.For(from, to,
            newWriter,
            (i, _, writer) =>
            {
                payloads[i - from] = encode(writer, value(i)).ToArray();
                return writer;
            },
            writer => (writer as IDisposable)?.Dispose());
        return payloads;
    }
}
