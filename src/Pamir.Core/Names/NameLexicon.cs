using System.Collections.Frozen;
using Pamir.Core.Actors;

namespace Pamir.Core.Names;

/// <summary>
/// The word lists that find names outside the catalogue (data/actors/lexicon): titles and roles,
/// role modifiers, organisation words, collective actors, given names, surname endings and
/// capitalised words that are not names. All folded; immutable once loaded.
/// </summary>
public sealed class NameLexicon
{
    private static readonly Lazy<NameLexicon> ShippedLexicon = new(LoadShipped);

    public NameLexicon(
        IEnumerable<string> titles,
        IEnumerable<string> roleModifiers,
        IEnumerable<(string Word, bool ArmedGroup)> organisationWords,
        IEnumerable<string> collectives,
        IEnumerable<string> givenNames,
        IEnumerable<string> surnameEndings,
        IEnumerable<string> commonWords)
    {
        Titles = titles.Select(NameFold.Fold).Where(t => t.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        MaxTitleWords = Titles.Count == 0 ? 0 : Titles.Max(t => t.Count(c => c == ' ') + 1);
        RoleModifiers = Set(roleModifiers);
        var org = organisationWords.Select(o => (Word: NameFold.Fold(o.Word), o.ArmedGroup)).Where(o => o.Word.Length > 0).ToList();
        OrganisationWords = org.Select(o => o.Word).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        ArmedGroupWords = org.Where(o => o.ArmedGroup).Select(o => o.Word).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        Collectives = collectives.Select(NameFold.Fold).Where(c => c.Length > 0).ToFrozenSet(StringComparer.Ordinal);
        CollectiveFirstWords = Collectives.Select(c => c.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        TitleFirstWords = Titles.Select(t => t.Split(' ')[0]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        TitleLastWords = Titles.Select(t => t.Split(' ')[^1]).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        TitleLookup = Titles.GetAlternateLookup<ReadOnlySpan<char>>();
        CollectiveLookup = Collectives.GetAlternateLookup<ReadOnlySpan<char>>();
        MaxCollectiveWords = Collectives.Count == 0 ? 0 : Collectives.Max(t => t.Count(c => c == ' ') + 1);
        GivenNames = Set(givenNames);
        SurnameEndings = surnameEndings.Select(NameFold.Fold).Where(e => e.Length > 0).OrderByDescending(e => e.Length).ToArray();
        CommonWords = Set(commonWords);
    }

    public static NameLexicon Shipped => ShippedLexicon.Value;

    public FrozenSet<string> Titles { get; }
    public int MaxTitleWords { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> RoleModifiers { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> OrganisationWords { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> ArmedGroupWords { get; }
    public FrozenSet<string> Collectives { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CollectiveLookup { get; }
    /// <summary>First words of collectives, titles and last words of titles: cheap filters before a phrase is built.</summary>
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CollectiveFirstWords { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleFirstWords { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLastWords { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> TitleLookup { get; }
    public int MaxCollectiveWords { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> GivenNames { get; }
    public IReadOnlyList<string> SurnameEndings { get; }
    public FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonWords { get; }

    /// <summary>A folded word ends like a surname of the region ("rahmonov", "nazarzoda") and is longer than the ending.</summary>
    public bool HasSurnameEnding(ReadOnlySpan<char> folded)
    {
        foreach (var ending in SurnameEndings)
            if (folded.Length >= ending.Length + 3 && folded.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    private static FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> Set(IEnumerable<string> words) =>
        words.Select(NameFold.Fold).Where(w => w.Length > 0).ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();

    private static NameLexicon LoadShipped()
    {
        var assembly = typeof(NameLexicon).Assembly;
        IEnumerable<string> Lines(string file) => ActorCatalogue.ReadResource(assembly, "actors/lexicon/" + file)
            .Split('\n').Select(l => l.Trim()).Where(l => l.Length > 0 && !l.StartsWith('#'));
        return new NameLexicon(
            Lines("titles.txt"),
            Lines("role_modifiers.txt"),
            Lines("org_words.txt").Select(l => l.Split('\t', StringSplitOptions.TrimEntries)).Select(p => (p[0], p.Length > 1 && p[1] == "armed_group")),
            Lines("collectives.txt"),
            Lines("given_names.txt"),
            Lines("name_endings.txt"),
            Lines("common_words.txt"));
    }
}
