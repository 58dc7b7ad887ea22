using System.Globalization;
using System.Text;

namespace Pamir.Core.Fusion;

/// <summary>
/// A comparison key for actor names: case, accents, punctuation and a leading article do not
/// matter ("the Taliban" = "Taliban", "Rahmon’s" ≠ "Rahmon" is left to the actor layer).
/// </summary>
public static class NameKey
{
    public static string Of(string name)
    {
        // Decomposing splits accented letters into letter and mark; plain ASCII has nothing to split.
        string source = System.Text.Ascii.IsValid(name) ? name : name.Normalize(NormalizationForm.FormD);
        // One space at most per run of dropped characters, so the key is never longer than the source.
        Span<char> key = source.Length <= 256 ? stackalloc char[source.Length] : new char[source.Length];
        int n = 0;
        bool space = false;
        foreach (var c in source)
        {
            if (c >= 0x80 && CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && n > 0) key[n++] = ' ';
                key[n++] = char.ToLowerInvariant(c);
                space = false;
            }
            else space = true;
        }
        var folded = key[..n];
        return new string(folded.StartsWith("the ") ? folded[4..] : folded);
    }
}
