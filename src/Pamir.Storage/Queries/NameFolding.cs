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
        var folded = new StringBuilder(name.Length);
        bool pendingSpace = false;
        foreach (char c in name)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = folded.Length > 0;
                continue;
            }
            char f = FoldingTable.Fold(c);
            if (f == '\0') continue;
            if (pendingSpace) folded.Append(' ');
            pendingSpace = false;
            if (f == '\u0001') folded.Append(FoldingTable.Expansion(c));
            else folded.Append(f);
        }
        return folded.ToString();
    }
}
