using System.Collections.Frozen;

namespace Pamir.Core.Text;

/// <summary>
/// Words that take a full stop without ending a sentence. Titles ("Gen.", "St.") always precede a
/// name; the others ("Jan.", "No.", "Ltd.", "approx.") end a sentence only when a capitalised word
/// that is not a number follows.
/// </summary>
public static class Abbreviations
{
    private static readonly FrozenSet<string> TitleSet = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Gen", "Col", "Lt", "Maj", "Capt", "Cpt", "Sgt", "Cpl", "Pvt", "Adm", "Brig", "Cmdr", "Cdr", "Gens", "Comdr",
        "Dr", "Mr", "Mrs", "Ms", "Messrs", "Mme", "Prof", "Rev", "Hon", "Sen", "Rep", "Gov", "Pres", "Supt", "Insp",
        "Amb", "Fr", "Sr", "Sra", "Sheikh", "St", "Ste", "Mt", "Ft", "Pt",
    ]);

    private static readonly FrozenSet<string> OtherSet = FrozenSet.Create(StringComparer.Ordinal,
    [
        "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
        "No", "Nos", "no", "nos", "Art", "art", "Sec", "Vol", "vol", "Fig", "fig", "pp", "para", "Para", "Ch", "ch",
        "approx", "Approx", "est", "vs", "etc", "cf", "al", "ca", "c", "Inc", "Ltd", "Co", "Corp", "Bros", "Jr",
        "Ave", "Blvd", "Rd", "Dept", "Univ", "Govt", "govt", "Pct", "pct", "mln", "bln", "tel", "Tel", "ext",
    ]);

    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Titles = TitleSet.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Others = OtherSet.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>A title before a name: its full stop never ends a sentence.</summary>
    public static bool IsTitle(ReadOnlySpan<char> word) => Titles.Contains(word);

    /// <summary>Any known abbreviation that takes a full stop.</summary>
    public static bool IsAbbreviation(ReadOnlySpan<char> word) => Titles.Contains(word) || Others.Contains(word);
}
