using System.Numerics;

namespace Pamir.Core.Text;

/// <summary>
/// A bit table over (length, first letter, last letter) of a word list, case-insensitive: it says
/// in a few instructions that a word is certainly not in the list, so the hot loops skip the
/// dictionary lookup for almost every ordinary word ("the", "and", "said"). Words it cannot key
/// (non-ASCII ends, very long) always pass to the lookup.
/// </summary>
/// <remarks>
/// Common words share their length and ends with some listed word ("and" with "aid", "with" with
/// "wrath"), so a word that passes the first table is checked in a second, keyed by a hash of the
/// whole word (ASCII letters folded): about half the words the first table lets through are turned
/// away there, for a few instructions per letter instead of a dictionary lookup. A word of text with
/// a non-ASCII letter always passes the second table; a listed word with one is hashed as the ASCII
/// word that may equal it ignoring case ("ı" matches "i"), if there is one.
/// </remarks>
public sealed class WordFilter
{
    private const int MaxLength = 24;
    // Bits per listed word in the second table: one word in sixteen that passes the first table passes it by chance.
    private const int WholeWordBitsPerWord = 16;
    private readonly ulong[] bits = new ulong[((MaxLength + 1) * 26 * 26 + 63) / 64];
    private readonly ulong[]? wholeWords;
    private readonly uint wholeWordMask;

    public WordFilter(IEnumerable<string> words)
    {
        var list = words.ToList();
        foreach (var word in list)
            if (TryKey(word, out int key)) bits[key >> 6] |= 1UL << key;
        var hashes = new List<uint>(list.Count);
        foreach (var word in list)
        {
            switch (AsciiForm(word, out string ascii))
            {
                case AsciiMatch.Some: hashes.Add(WholeWordHash(ascii, out _)); break;
                case AsciiMatch.Unknown: return;
            }
        }
        int size = (int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(1024, list.Count * WholeWordBitsPerWord));
        wholeWords = new ulong[size / 64];
        wholeWordMask = (uint)size - 1;
        foreach (uint hash in hashes)
        {
            uint h = hash & wholeWordMask;
            wholeWords[h >> 6] |= 1UL << (int)h;
        }
    }

    private enum AsciiMatch { None, Some, Unknown }

    /// <summary>
    /// The plain-ASCII word of text that may equal the listed word ignoring case: the word itself,
    /// or with each non-ASCII letter replaced by the ASCII letter it equals ignoring case ("ı" by
    /// "i"). None when a letter equals no ASCII letter (only a word of text with a non-ASCII letter,
    /// which passes anyway, can match it); unknown when it equals two different ones.
    /// </summary>
    private static AsciiMatch AsciiForm(string word, out string ascii)
    {
        ascii = word;
        if (word.All(c => c <= 0x7F)) return AsciiMatch.Some;
        var chars = word.ToCharArray();
        for (int i = 0; i < chars.Length; i++)
        {
            if (chars[i] <= 0x7F) continue;
            int match = -1;
            for (char t = (char)0; t <= 0x7F; t++)
            {
                if (!string.Equals(chars[i].ToString(), t.ToString(), StringComparison.OrdinalIgnoreCase)) continue;
                if (match >= 0 && (match | 0x20) != (t | 0x20)) return AsciiMatch.Unknown;
                match = t;
            }
            if (match < 0) return AsciiMatch.None;
            chars[i] = (char)match;
        }
        ascii = new string(chars);
        return AsciiMatch.Some;
    }

    public bool MayContain(ReadOnlySpan<char> word)
    {
        if (TryKey(word, out int key) && (bits[key >> 6] & (1UL << key)) == 0) return false;
        // Numbers and words with a non-letter end, which the first table cannot key, are asked here too.
        if (wholeWords is null) return true;
        uint h = WholeWordHash(word, out bool ascii) & wholeWordMask;
        return !ascii || (wholeWords[h >> 6] & (1UL << (int)h)) != 0;
    }

    private static bool TryKey(ReadOnlySpan<char> word, out int key)
    {
        key = 0;
        if (word.Length is 0 or > MaxLength) return false;
        int first = (word[0] | 0x20) - 'a', last = (word[^1] | 0x20) - 'a';
        if ((uint)first >= 26 || (uint)last >= 26) return false;
        key = (word.Length * 26 + first) * 26 + last;
        return true;
    }

    /// <summary>FNV-1a over the word with ASCII case folded (c | 0x20 is the same for "A" and "a"), mixed; <paramref name="ascii"/> false when a character is not ASCII.</summary>
    private static uint WholeWordHash(ReadOnlySpan<char> word, out bool ascii)
    {
        uint h = 2166136261;
        int any = 0;
        foreach (char c in word)
        {
            any |= c;
            h = (h ^ (uint)(c | 0x20)) * 16777619;
        }
        ascii = any <= 0x7F;
        h ^= h >> 15;
        h *= 0x2C1B3C6D;
        h ^= h >> 12;
        return h;
    }
}
