using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Pamir.Core.Documents;

/// <summary>Hex SHA-256 over a document's title and clean text, the key for "this content was already ingested".</summary>
public static class ContentHash
{
    public static string Compute(string? title, string text)
    {
        // A separator that cannot occur in either part keeps ("ab", "c") and ("a", "bc") apart.
        // The parts are encoded one after the other into one pooled buffer: the same bytes as
        // encoding "title\0text", without building that string.
        title ??= "";
        byte[] buffer = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetByteCount(title) + 1 + Encoding.UTF8.GetByteCount(text));
        try
        {
            int length = Encoding.UTF8.GetBytes(title, buffer);
            buffer[length++] = 0;
            length += Encoding.UTF8.GetBytes(text, buffer.AsSpan(length));
            return Convert.ToHexStringLower(SHA256.HashData(buffer.AsSpan(0, length)));
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
