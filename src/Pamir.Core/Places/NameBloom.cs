namespace Pamir.Core.Places;

/// <summary>
/// A Bloom filter over the gazetteer's folded names. Most capitalised phrases the place finder
/// tries are no place; a lookup in the large name table costs cache misses, the filter (128 KB,
/// two bits per name) rules out about 95 % of them first. Never says no to a name it holds.
/// </summary>
internal sealed class NameBloom
{
    private const int Bits = 1 << 20;
    private readonly ulong[] words = new ulong[Bits / 64];

    public NameBloom(IEnumerable<string> names)
    {
        foreach (var name in names)
        {
            var (a, b) = Hash(name);
            words[a >> 6] |= 1UL << (int)a;
            words[b >> 6] |= 1UL << (int)b;
        }
    }

    /// <param name="hash">A hash of the name (20 bits), for tables that want one without hashing the name again.</param>
    public bool MayContain(ReadOnlySpan<char> name, out uint hash)
    {
        var (a, b) = Hash(name);
        hash = a;
        return (words[a >> 6] & (1UL << (int)a)) != 0 && (words[b >> 6] & (1UL << (int)b)) != 0;
    }

    private static (uint, uint) Hash(ReadOnlySpan<char> name)
    {
        // FNV-1a, then the high and low halves of a mixed 64-bit value as the two indices.
        ulong h = 14695981039346656037UL;
        foreach (char c in name) h = (h ^ c) * 1099511628211UL;
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 32;
        return ((uint)h & (Bits - 1), (uint)(h >> 32) & (Bits - 1));
    }
}
