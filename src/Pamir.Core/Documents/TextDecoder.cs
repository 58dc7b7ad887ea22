using System.Buffers;
using System.Text;

namespace Pamir.Core.Documents;

/// <summary>
/// Turns the bytes of a text file into a string without ever failing: a byte-order mark decides
/// UTF-8 or UTF-16; otherwise the bytes are read as UTF-8, and any byte that is not part of a
/// valid UTF-8 sequence is read as Windows-1252 (old Windows files, or a file mixing both).
/// </summary>
public static class TextDecoder
{
    public static string Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) return DecodeUtf8(bytes[3..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Encoding.Unicode.GetString(bytes[2..]);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Encoding.BigEndianUnicode.GetString(bytes[2..]);
        if (Utf16WithoutMark(bytes) is { } utf16) return utf16.GetString(bytes);
        return DecodeUtf8(bytes);
    }

    /// <summary>True when the bytes start with a UTF-16 byte-order mark or look like UTF-16 without one.</summary>
    public static bool IsUtf16(ReadOnlySpan<byte> bytes) =>
        bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]) || Utf16WithoutMark(bytes) is not null;

    private static string DecodeUtf8(ReadOnlySpan<byte> bytes)
    {
        if (System.Text.Unicode.Utf8.IsValid(bytes)) return Encoding.UTF8.GetString(bytes);
        var builder = new StringBuilder(bytes.Length);
        Span<char> pair = stackalloc char[2];
        while (!bytes.IsEmpty)
        {
            var status = Rune.DecodeFromUtf8(bytes, out Rune rune, out int consumed);
            if (status == OperationStatus.Done)
            {
                builder.Append(pair[..rune.EncodeToUtf16(pair)]);
                bytes = bytes[consumed..];
            }
            else
            {
                builder.Append(Windows1252.ToChar(bytes[0]));
                bytes = bytes[1..];
            }
        }
        return builder.ToString();
    }

    /// <summary>
    /// English text saved as UTF-16 without a mark has a zero byte in every other position;
    /// checking the first bytes is enough to tell it from binary data.
    /// </summary>
    private static Encoding? Utf16WithoutMark(ReadOnlySpan<byte> bytes)
    {
        int n = Math.Min(bytes.Length, 512) & ~1;
        if (n < 8) return null;
        int zeroEven = 0, zeroOdd = 0;
        for (int i = 0; i < n; i += 2)
        {
            if (bytes[i] == 0) zeroEven++;
            if (bytes[i + 1] == 0) zeroOdd++;
        }
        int half = n / 2;
        if (zeroOdd > half * 0.9 && zeroEven == 0) return Encoding.Unicode;
        if (zeroEven > half * 0.9 && zeroOdd == 0) return Encoding.BigEndianUnicode;
        return null;
    }
}
