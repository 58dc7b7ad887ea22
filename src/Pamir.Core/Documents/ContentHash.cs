using System.Security.Cryptography;
using System.Text;

namespace Pamir.Core.Documents;

/// <summary>Hex SHA-256 over a document's title and clean text, the key for "this content was already ingested".</summary>
public static class ContentHash
{
    public static string Compute(string? title, string text)
    {
        // A separator that cannot occur in either part keeps ("ab", "c") and ("a", "bc") apart.
        byte[] bytes = Encoding.UTF8.GetBytes($"{title}\u0000{text}");
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
