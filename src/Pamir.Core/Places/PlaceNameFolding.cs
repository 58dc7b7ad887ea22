namespace Pamir.Core.Places;

/// <summary>
/// Folds a place name to the key the gazetteer is indexed by, so that spellings that differ only
/// in case, accents, separators or the usual transliteration habits meet: "Khujand", "Khŭjand",
/// "Hujand"; "Dzhalal-Abad", "Jalal-Abad"; "Kurgan-Tyube", "Kurgan Tube"; "Nizhniy", "Nizhny".
/// </summary>
public static class PlaceNameFolding
{
    /// <summary>Longest name the gazetteer folds; longer inputs never match.</summary>
    public const int MaxLength = 96;

    // Latin letters with diacritics and their base letters; two-letter bases follow ß, æ, œ.
    private const string Accented = "àáâãäåāăąǎạảấầẩẫậắằẳẵặçćĉċčďđèéêëēĕėęěẹẻẽếềểễệĝğġģĥħìíîïĩīĭįıǐịỉĵķĺļľŀłñńņňŉòóôõöøōŏőǒọỏốồổỗộớờởỡợơŕŗřśŝşšșţťŧțùúûüũūŭůűųǔụủứừửữựưŵýÿŷỳỹźżžǵḩḥṣṭẓẖʼİ";
    private const string Plain = "aaaaaaaaaaaaaaaaaaaaaacccccddeeeeeeeeeeeeeeeeegggghhiiiiiiiiiiiijklllllnnnnnooooooooooooooooooooooorrrsssssttttuuuuuuuuuuuuuuuuuuuwyyyyyzzzghhstzh\0i";

    private static readonly char[] Table = BuildTable();

    // The letters the second pass may rewrite (d, g, k, o, q, w, y, z), as bits over 'a'..'z'; the
    // first pass leaves nothing but those 26 letters.
    private const uint TransliterationStarts = 1u << ('d' - 'a') | 1u << ('g' - 'a') | 1u << ('k' - 'a') | 1u << ('o' - 'a')
        | 1u << ('q' - 'a') | 1u << ('w' - 'a') | 1u << ('y' - 'a') | 1u << ('z' - 'a');

    private static char[] BuildTable()
    {
        var table = new char[0x2000];
        for (char c = 'a'; c <= 'z'; c++)
        {
            table[c] = c;
            table[char.ToUpperInvariant(c)] = c;
        }
        for (int i = 0; i < Accented.Length; i++)
        {
            table[Accented[i]] = Plain[i];
            char upper = char.ToUpperInvariant(Accented[i]);
            if (upper != Accented[i] && upper < table.Length) table[upper] = Plain[i];
        }
        return table;
    }

    /// <summary>Folds a name into a new string (for building the index and for tests).</summary>
    public static string Fold(ReadOnlySpan<char> name)
    {
        Span<char> buffer = stackalloc char[MaxLength * 2];
        int length = Fold(name, buffer);
        return length < 0 ? string.Empty : new string(buffer[..length]);
    }

    /// <summary>
    /// Writes the folded form of <paramref name="name"/> into <paramref name="destination"/> and
    /// returns its length, or -1 when the name is too long or has no letters.
    /// </summary>
    public static int Fold(ReadOnlySpan<char> name, Span<char> destination)
    {
        if (name.Length > MaxLength || destination.Length < name.Length * 2) return -1;
        // First pass: lower case, accents off, separators and apostrophes dropped, ß/æ/œ spelled out.
        int n = 0;
        foreach (char c in name)
        {
            char b = c < Table.Length ? Table[c] : '\0';
            if (b != '\0') destination[n++] = b;
            else if (c is 'ß') { destination[n++] = 's'; destination[n++] = 's'; }
            else if (c is 'æ' or 'Æ') { destination[n++] = 'a'; destination[n++] = 'e'; }
            else if (c is 'œ' or 'Œ') { destination[n++] = 'o'; destination[n++] = 'e'; }
        }
        if (n == 0) return -1;
        // Second pass, in place (the output never outruns the input): transliteration variants.
        int w = 0;
        for (int r = 0; r < n; r++)
        {
            char c = destination[r];
            // Most letters start no variant: one bit test instead of the chain of comparisons below.
            if ((TransliterationStarts & (1u << (c - 'a'))) == 0)
            {
                if (w == 0 || destination[w - 1] != c) destination[w++] = c;
                continue;
            }
            char next = r + 1 < n ? destination[r + 1] : '\0';
            if (c == 'd' && next == 'z' && r + 2 < n && destination[r + 2] == 'h') { c = 'j'; r += 2; }
            else if (c == 'd' && next == 'j') { c = 'j'; r++; }
            else if (c == 'z' && next == 'h') { c = 'j'; r++; }
            else if ((c == 'k' || c == 'g') && next == 'h') { c = c == 'k' ? 'h' : 'g'; r++; }
            else if (c == 'o' && next == 'u') { c = 'u'; r++; }
            else if (c == 'y') c = 'i';
            else if (c == 'w') c = 'v';
            else if (c == 'q') c = 'k';
            if (w > 0 && destination[w - 1] == c) continue;
            destination[w++] = c;
        }
        return w;
    }
}
