using System.Globalization;
using System.Text;

namespace Pamir.Storage.Queries;

/// <summary>
/// The key names are looked up by: case, accents and spacing do not matter, so "Rahmon",
/// "RAHMON" and "Rahmón" find the same actor.
/// </summary>
public static class NameFolding
{
    public static string Fold(string name)
    {
        var decomposed = name.Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        bool pendingSpace = false;
        foreach (char c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }
            if (pendingSpace) folded.Append(' ');
            pendingSpace = false;
            folded.Append(char.ToLowerInvariant(c));
        }
        return folded.ToString();
    }
}
