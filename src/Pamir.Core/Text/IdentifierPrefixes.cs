using System.Collections.Frozen;

namespace Pamir.Core.Text;

/// <summary>
/// Words after which a number names something rather than counts or dates it: "No. 3/2",
/// "Protocol 32", "Resolution 2254", "Flight 9268".
/// </summary>
public static class IdentifierPrefixes
{
    private static readonly FrozenSet<string> Words = FrozenSet.Create(StringComparer.Ordinal,
    [
        "No", "No.", "no.", "Nos", "Nos.", "Number", "number", "#", "Article", "Art.", "Section", "Sec.", "Chapter", "Protocol", "Resolution",
        "Decree", "Order", "Law", "Act", "Code", "Room", "Flight", "Route", "Highway", "Page", "Paragraph", "Para.",
        "Item", "Case", "Colony", "Unit", "Bus", "Platform", "Box", "Building", "Block", "Apartment", "Apt.", "Tel", "Tel.",
        "Phone", "Fax", "Ward", "Gate", "Camp", "Brigade", "Battalion", "Regiment", "Division", "Corps", "Squadron",
        "Group", "Vol.", "Volume", "Issue", "Table", "Figure", "Fig.", "Annex", "Appendix", "Amendment", "Point", "Station",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool Contains(ReadOnlySpan<char> word) => Lookup.Contains(word);
}
