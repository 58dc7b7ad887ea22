using System.Text;

namespace Pamir.Core.Names;

/// <summary>
/// Folds names for lookup: lower case, Latin diacritics dropped ("Erdoğan" → "erdogan"),
/// apostrophes and abbreviation periods dropped ("Yo'ldosh" → "yoldosh", "U.S." → "us").
/// </summary>
public static class NameFold
{
    private static readonly char[] Table = BuildTable();

    /// <summary>Folds one word into <paramref name="destination"/> (at least as long as the word); returns the folded length.</summary>
    public static int FoldWord(ReadOnlySpan<char> word, Span<char> destination)
    {
        int n = 0;
        foreach (char c in word)
        {
            char f = FoldChar(c);
            if (f != '\0') destination[n++] = f;
        }
        return n;
    }

    /// <summary>One character folded, or '\0' when folding drops it (apostrophes, periods, combining marks).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal static char FoldChar(char c) => c < Table.Length ? Table[c] : char.ToLowerInvariant(c);

    /// <summary>Folds a phrase word by word, words joined by one space ("Al-Qaeda" → "al qaeda", "Tajikistan's" → "tajikistan").</summary>
    public static string Fold(string phrase)
    {
        var words = NameWords.Scan(phrase);
        var sb = new StringBuilder(phrase.Length);
        for (int i = 0; i < words.Count; i++)
        {
            if (sb.Length > 0) sb.Append(' ');
            sb.Append(words.Folded(i));
        }
        return sb.ToString();
    }

    public static bool IsApostrophe(char c) => c is '\'' or '’' or '‘' or 'ʻ' or 'ʼ' or '`' or '´';

    private static char[] BuildTable()
    {
        var table = new char[0x2100];
        for (int c = 0; c < table.Length; c++)
        {
            char ch = (char)c;
            if (IsApostrophe(ch) || ch == '.') { table[c] = '\0'; continue; }
            if (c < 128) { table[c] = char.ToLowerInvariant(ch); continue; }
            if (char.IsSurrogate(ch)) { table[c] = ch; continue; }
            if (char.GetUnicodeCategory(ch) == System.Globalization.UnicodeCategory.NonSpacingMark) { table[c] = '\0'; continue; }
            string d = ch.ToString().Normalize(NormalizationForm.FormD);
            char b = d.Length > 0 && d[0] < 128 && char.IsLetter(d[0]) ? d[0] : ch;
            table[c] = char.ToLowerInvariant(b);
        }
        table['ı'] = 'i';
        table['ø'] = 'o';
        table['Ø'] = 'o';
        table['ł'] = 'l';
        table['Ł'] = 'l';
        table['đ'] = 'd';
        table['ß'] = 's';
        return table;
    }
}
