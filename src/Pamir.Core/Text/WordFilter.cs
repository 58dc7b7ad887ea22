namespace Pamir.Core.Text;

/// <summary>
/// A bit table over (length, first letter, last letter) of a word list, case-insensitive: it says
/// in a few instructions that a word is certainly not in the list, so the hot loops skip the
/// dictionary lookup for almost every ordinary word ("the", "and", "said"). Words it cannot key
/// (non-ASCII ends, very long) always pass to the lookup.
/// </summary>
public sealed class WordFilter
{
    private const int MaxLength = 24;
    private readonly ulong[] bits = new ulong[((MaxLength + 1) * 26 * 26 + 63) / 64];

    public WordFilter(IEnumerable<string> words)
    {
        foreach (var word in words)
            if (TryKey(word, out int key)) bits[key >> 6] |= 1UL << key;
    }

    public bool MayContain(ReadOnlySpan<char> word) => !TryKey(word, out int key) || (bits[key >> 6] & (1UL << key)) != 0;

    private static bool TryKey(ReadOnlySpan<char> word, out int key)
    {
        key = 0;
        if (word.Length is 0 or > MaxLength) return false;
        int first = (word[0] | 0x20) - 'a', last = (word[^1] | 0x20) - 'a';
        if ((uint)first >= 26 || (uint)last >= 26) return false;
        key = (word.Length * 26 + first) * 26 + last;
        return true;
    }
}
