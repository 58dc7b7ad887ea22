using Pamir.Core.Names;

namespace Pamir.Core.Fusion;

/// <summary>
/// Whether two written forms of a person's name are one person, and why: given names and
/// surnames compared transliteration-aware ("Umarali Quvvatov" ~ "Umarali Kuvvatov", q→k); a
/// surname ending ("Rahmonov" ~ "Rahmon") or the Tajik linking -i ("Rustami Emomali") ignored only
/// when the other name agrees; a different given name always keeps them apart ("Nuriddin Rahmonov"
/// is not "Emomali Rahmon").
/// </summary>
public static class ActorPersonMatch
{
    /// <summary>The reason two full names (given name and surname) are one person, or null when they are not.</summary>
    public static string? SamePerson(string a, string b)
    {
        var wa = Words(a);
        var wb = Words(b);
        if (wa.Length < 2 || wb.Length < 2) return null;
        bool? givenWeak = Weakness(wa[0], wb[0]);
        bool? surnameWeak = Weakness(wa[^1], wb[^1]);
        if (givenWeak is not bool gw || surnameWeak is not bool sw || gw && sw) return null;
        var rules = new List<string>();
        rules.AddRange(NameTransliteration.RulesBetween(wa[0], wb[0]));
        rules.AddRange(NameTransliteration.RulesBetween(wa[^1], wb[^1]));
        if (gw) rules.Add("linking -i of the given name");
        if (sw) rules.Add($"surname ending (given name {wa[0]} matches)");
        return rules.Count == 0 ? $"same name as {a}" : $"transliteration {string.Join(", ", rules.Distinct())}: {b} ~ {a}";
    }

    /// <summary>The reason a lone surname ("Kuvvatov") is this full name's surname, or null.</summary>
    public static string? SameSurname(string fullName, string surname)
    {
        var w = Words(fullName);
        var s = Words(surname);
        if (w.Length < 2 || s.Length != 1) return null;
        if (NameTransliteration.Key(w[^1]) != NameTransliteration.Key(s[0])) return null;
        var rules = NameTransliteration.RulesBetween(w[^1], s[0]);
        return rules.Count == 0 ? $"surname of {fullName}" : $"surname of {fullName}, transliteration {string.Join(", ", rules)}";
    }

    /// <summary>
    /// What two full names must share for <see cref="SamePerson"/> to hold: the stems of their given
    /// name and surname; null for a name without both. Equal signatures are necessary, not enough.
    /// </summary>
    internal static string? Signature(string name)
    {
        var w = Words(name);
        if (w.Length < 2) return null;
        return NameTransliteration.Stem(NameTransliteration.Key(w[0])) + " " + NameTransliteration.Stem(NameTransliteration.Key(w[^1]));
    }

    /// <summary>
    /// The key a lone surname is matched by: the transliteration key of a full name's last word,
    /// or of a single-word name; null for any other name. <see cref="SameSurname"/> holds exactly
    /// when the full name's key equals the lone surname's.
    /// </summary>
    internal static string? SurnameMatchKey(string name, bool full)
    {
        var w = Words(name);
        return (full ? w.Length >= 2 : w.Length == 1) ? NameTransliteration.Key(w[^1]) : null;
    }

    /// <summary>The transliteration key of a name's surname (its last word).</summary>
    public static string SurnameKey(string name)
    {
        var w = Words(name);
        return w.Length == 0 ? "" : NameTransliteration.Stem(NameTransliteration.Key(w[^1]));
    }

    /// <summary>False when two name words are spellings of one word, true when only their endings differ, null when they differ.</summary>
    private static bool? Weakness(string x, string y)
    {
        string kx = NameTransliteration.Key(x), ky = NameTransliteration.Key(y);
        if (kx == ky) return false;
        if (NameTransliteration.Stem(kx) == NameTransliteration.Stem(ky)) return true;
        return null;
    }

    private static string[] Words(string name) =>
        name.Split((char[])[' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.EndsWith('.'))
            .ToArray();
}
