namespace Pamir.Core.Names;

/// <summary>
/// Transliteration-aware keys for the words of personal names, so that spellings of one name
/// from Cyrillic, Tajik or Persian compare equal: kh/h (Khalimov, Halimov), q/k (Quvvatov,
/// Kuvvatov), dzh/zh/dj/j (Dzhaparov, Zhaparov, Japarov), o/u (Gulmorod, Gulmurod), a y before a
/// vowel (Ziyoyev, Ziyoev), doubled letters (Emomalii, Emomali). Endings that spellings add or drop
/// (-ov, -ev, -zoda/-zod, the Tajik linking -i of "Rustami") are compared separately, because
/// they may only be ignored when the rest of the name agrees.
/// </summary>
public static class NameTransliteration
{
    private static readonly (string From, string To, string Rule)[] Rules =
    [
        ("dzh", "j", "dzh→j"), ("dj", "j", "dj→j"), ("zh", "j", "zh→j"), ("kh", "h", "kh→h"), ("gh", "g", "gh→g"),
        ("q", "k", "q→k"), ("w", "v", "w→v"), ("ou", "u", "ou→u"),
    ];

    private static readonly string[] Endings = ["ova", "eva", "ov", "ev", "zoda", "zod", "zada", "zade"];

    /// <summary>The key of one name word: equal keys are spellings of one word.</summary>
    public static string Key(ReadOnlySpan<char> word)
    {
        // a buffer on the stack here, written in a method of its own: one that both allocates on the stack and loops is compiled without the profile-guided tier
        Span<char> buffer = word.Length <= 128 ? stackalloc char[word.Length] : new char[word.Length];
        return Key(word, buffer);
    }

    private static string Key(ReadOnlySpan<char> word, Span<char> buffer)
    {
        // Folding never lengthens a word and no rule lengthens it either, so the rules rewrite the
        // folded word in place, each over the whole word in turn, left to right.
        int n = NameFold.FoldWord(word, buffer);
        foreach (var (from, to, _) in Rules) n = ReplaceAll(buffer[..n], from, to);
        var s = buffer[..n];
        int length = 0;
        for (int i = 0; i < s.Length; i++)
        {
            char c = s[i];
            if (c == '-' || c == ' ') continue;
            if (c == 'y') c = i + 1 < s.Length && IsVowel(s[i + 1]) ? '\0' : 'i';
            else if (c == 'o') c = 'u';
            if (c == '\0') continue;
            if (length > 0 && buffer[length - 1] == c) continue;
            // the key is written over the characters already read (length <= i)
            buffer[length++] = c;
        }
        return new string(buffer[..length]);
    }

    /// <summary>Replaces every occurrence of <paramref name="from"/> by the shorter or equal <paramref name="to"/>, as StringBuilder.Replace does; returns the new length.</summary>
    private static int ReplaceAll(Span<char> chars, string from, string to)
    {
        int written = 0;
        for (int read = 0; read < chars.Length;)
        {
            if (chars[read] == from[0] && chars[read..].StartsWith(from))
            {
                to.CopyTo(chars[written..]);
                written += to.Length;
                read += from.Length;
            }
            else chars[written++] = chars[read++];
        }
        return written;
    }

    /// <summary>The key without a surname ending or linking -i ("rahmunuv" → "rahmun", "rustami" → "rustam").</summary>
    public static string Stem(string key)
    {
        foreach (var ending in Endings)
        {
            string e = Key(ending);
            if (key.Length > e.Length + 2 && key.EndsWith(e, StringComparison.Ordinal)) return key[..^e.Length];
        }
        if (key.Length > 4 && key.EndsWith('i')) return key[..^1];
        return key;
    }

    /// <summary>The spelling rules that turn one word into the other ("kh→h", "q→k"), for a merge's reason; empty when they are written alike.</summary>
    public static IReadOnlyList<string> RulesBetween(string a, string b)
    {
        string fa = NameFold.Fold(a), fb = NameFold.Fold(b);
        var rules = new List<string>();
        if (fa == fb) return rules;
        foreach (var (from, _, rule) in Rules)
            if (fa.Contains(from, StringComparison.Ordinal) != fb.Contains(from, StringComparison.Ordinal)) rules.Add(rule);
        if (fa.Count(c => c == 'o') != fb.Count(c => c == 'o')) rules.Add("o/u");
        if (fa.Count(c => c == 'y') != fb.Count(c => c == 'y')) rules.Add("y/i");
        return rules;
    }

    private static bool IsVowel(char c) => c is 'a' or 'e' or 'i' or 'o' or 'u';
}
