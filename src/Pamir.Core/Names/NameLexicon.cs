using System.Collections.Frozen;
using Pamir.Core.Actors;
using Pamir.Core.Text;

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
        TitleLookup = new WordSet(titles.Select(NameFold.Fold).Where(t => t.Length > 0));
        Titles = TitleLookup.Words;
        MaxTitleWords = Titles.Count == 0 ? 0 : Titles.Max(t => t.Count(c => c == ' ') + 1);
        RoleModifiers = Set(roleModifiers);
        var org = organisationWords.Select(o => (Word: NameFold.Fold(o.Word), o.ArmedGroup)).Where(o => o.Word.Length > 0).ToList();
        OrganisationWords = new WordSet(org.Select(o => o.Word));
        ArmedGroupWords = new WordSet(org.Where(o => o.ArmedGroup).Select(o => o.Word));
        CollectiveLookup = new WordSet(collectives.Select(NameFold.Fold).Where(c => c.Length > 0));
        Collectives = CollectiveLookup.Words;
        CollectiveFirstWords = new WordSet(Collectives.Select(c => c.Split(' ')[0]));
        CollectiveLastWords = new WordSet(Collectives.Select(c => c.Split(' ')[^1]));
        TitleFirstWords = new WordSet(Titles.Select(t => t.Split(' ')[0]));
        TitleLastWords = new WordSet(Titles.Select(t => t.Split(' ')[^1]));
        MaxCollectiveWords = Collectives.Count == 0 ? 0 : Collectives.Max(t => t.Count(c => c == ' ') + 1);
        GivenNames = Set(givenNames);
        SurnameEndings = surnameEndings.Select(NameFold.Fold).Where(e => e.Length > 0).OrderByDescending(e => e.Length).ToArray();
        endingsByLastLetter = SurnameEndings.GroupBy(e => e[^1]).ToFrozenDictionary(g => g.Key, g => g.ToArray());
        CommonWords = Set(commonWords);
    }

    // Surname endings by their last letter: a word is compared only with the endings it could have.
    private readonly FrozenDictionary<char, string[]> endingsByLastLetter;

    public static NameLexicon Shipped => ShippedLexicon.Value;

    public FrozenSet<string> Titles { get; }
    public int MaxTitleWords { get; }
    public WordSet RoleModifiers { get; }
    public WordSet OrganisationWords { get; }
    public WordSet ArmedGroupWords { get; }
    public FrozenSet<string> Collectives { get; }
    public WordSet CollectiveLookup { get; }
    /// <summary>First and last words of collectives and titles: cheap filters before a phrase is built.</summary>
    public WordSet CollectiveFirstWords { get; }
    public WordSet CollectiveLastWords { get; }
    public WordSet TitleFirstWords { get; }
    public WordSet TitleLastWords { get; }
    public WordSet TitleLookup { get; }
    public int MaxCollectiveWords { get; }
    public WordSet GivenNames { get; }
    public IReadOnlyList<string> SurnameEndings { get; }
    public WordSet CommonWords { get; }

    /// <summary>A folded word ends like a surname of the region ("rahmonov", "nazarzoda") and is longer than the ending.</summary>
    public bool HasSurnameEnding(ReadOnlySpan<char> folded)
    {
        if (folded.IsEmpty || !endingsByLastLetter.TryGetValue(folded[^1], out var endings)) return false;
        foreach (var ending in endings)
            if (folded.Length >= ending.Length + 3 && folded.EndsWith(ending, StringComparison.Ordinal)) return true;
        return false;
    }

    private static WordSet Set(IEnumerable<string> words) => new(words.Select(NameFold.Fold).Where(w => w.Length > 0));

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
