namespace Pamir.Core.Fusion;

/// <summary>
/// Folds place and actor names for comparison across outlets: case, accents, punctuation and a
/// leading article do not make two names different ("the Islamic State" = "Islamic State",
/// "Khujand" = "KHUJAND", "Qurghonteppa" = "Qurghonteppa").
/// </summary>
internal static class IncidentNameFold
{
    public static string Fold(string? name) => string.IsNullOrWhiteSpace(name) ? "" : NameKey.Of(name);

    /// <summary>Does one folded name occur as whole words inside the other ("vahdat" in "vahdat prison")?</summary>
    public static bool WordsWithin(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0) return false;
        var (shortName, longName) = a.Length <= b.Length ? (a, b) : (b, a);
        int at = 0;
        while ((at = longName.IndexOf(shortName, at, StringComparison.Ordinal)) >= 0)
        {
            bool startOk = at == 0 || longName[at - 1] == ' ';
            int end = at + shortName.Length;
            bool endOk = end == longName.Length || longName[end] == ' ';
            if (startOk && endOk) return true;
            at++;
        }
        return false;
    }
}
