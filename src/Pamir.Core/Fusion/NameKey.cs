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
        var sb = new StringBuilder(name.Length);
        bool space = false;
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0) sb.Append(' ');
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else space = true;
        }
        var key = sb.ToString();
        return key.StartsWith("the ", StringComparison.Ordinal) ? key[4..] : key;
    }
}
