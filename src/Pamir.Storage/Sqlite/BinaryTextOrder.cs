namespace Pamir.Storage.Sqlite;

/// <summary>
/// SQLite's BINARY collation on .NET strings: UTF-8 byte order, which is code point order. It
/// differs from ordinal (UTF-16) order only between characters above U+FFFF and those from U+E000
/// to U+FFFF, but a merge of fused records with rows read in key order needs both sides in one order.
/// </summary>
internal sealed class BinaryTextOrder : IComparer<string>
{
    public static BinaryTextOrder Instance { get; } = new();

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null) return x is null ? (y is null ? 0 : -1) : 1;
        // Keys of fused records share long prefixes ("inc-", a document id): skip them at once.
        int common = x.AsSpan().CommonPrefixLength(y);
        if (common < x.Length && common < y.Length) return Rank(x[common]) - Rank(y[common]);
        return x.Length - y.Length;
    }

    /// <summary>Surrogates (characters above U+FFFF) moved after U+E000–U+FFFF.</summary>
    private static int Rank(char c) => c >= 0xE000 ? c - 0x800 : c >= 0xD800 ? c + 0x2000 : c;
}
