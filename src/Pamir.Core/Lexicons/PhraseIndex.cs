using System.Collections.Frozen;
using Pamir.Core.Text;

namespace Pamir.Core.Lexicons;

/// <summary>
/// Multi-word phrases ("signed a strategic partnership", "border guards") looked up word by word,
/// case-insensitively, through a dictionary keyed by the phrase's first word: one span lookup per
/// word of text, no substring allocation. Phrases are split like text (<see cref="WordSpans"/>),
/// so "anti-government" in a lexicon matches "anti-government" in text.
/// </summary>
public sealed class PhraseIndex<T>
{
    private readonly FrozenDictionary<string, Entry[]> byFirstWord;
    private readonly FrozenDictionary<string, Entry[]>.AlternateLookup<ReadOnlySpan<char>> lookup;
    // Most words start no phrase: the filter turns them away before the dictionary hashes them.
    private readonly WordFilter? filter;
    // One word of every phrase that is a plain run of letters or digits (a word of the shared
    // layer), the longest, as the least common: a sentence with none of them holds no phrase.
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>>? keyWords;
    private readonly WordFilter? keyWordFilter;

    private sealed record Entry(string[] Words, T Value);

    public PhraseIndex(IEnumerable<KeyValuePair<string, T>> phrases)
    {
        var groups = new Dictionary<string, List<Entry>>(StringComparer.OrdinalIgnoreCase);
        foreach (var (phrase, value) in phrases)
        {
            var words = WordSpans.Scan(phrase, new TextSpan(0, phrase.Length)).Select(w => w.Of(phrase)).ToArray();
            if (words.Length == 0) throw new ArgumentException($"empty phrase in lexicon (value {value})", nameof(phrases));
            if (!groups.TryGetValue(words[0], out var list)) groups[words[0]] = list = [];
            list.Add(new Entry(words, value));
        }
        // Longest phrase first, so "border guards" wins over "border".
        byFirstWord = groups.ToFrozenDictionary(g => g.Key, g => g.Value.OrderByDescending(e => e.Words.Length).ToArray(), StringComparer.OrdinalIgnoreCase);
        lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        filter = FirstWordFilter.For(byFirstWord.Keys);
        var keys = byFirstWord.Values.SelectMany(g => g).Select(e => KeyWord(e.Words)).ToList();
        if (keys.All(k => k is not null) && keys.OfType<string>().ToFrozenSet(StringComparer.OrdinalIgnoreCase) is var set && FirstWordFilter.For(set) is { } keyFilter)
        {
            keyWords = set.GetAlternateLookup<ReadOnlySpan<char>>();
            keyWordFilter = keyFilter;
        }
    }

    public int Count => byFirstWord.Values.Sum(v => v.Length);

    /// <summary>One key word per phrase (see <see cref="MayOccurIn"/>); null when some phrase has none, and any sentence may hold a phrase.</summary>
    internal IReadOnlyCollection<string>? KeyWords => keyWords?.Set;

    private static string? KeyWord(string[] words) =>
        words.Where(w => w.All(char.IsLetterOrDigit)).OrderByDescending(w => w.Length).FirstOrDefault();

    /// <summary>The longest phrase starting at word <paramref name="at"/>, if any.</summary>
    public PhraseMatch<T>? MatchAt(string text, List<TextSpan> words, int at)
    {
        var first = words[at].In(text);
        if (filter is not null && !filter.MayContain(first) || !lookup.TryGetValue(first, out var entries)) return null;
        foreach (var entry in entries)
        {
            if (at + entry.Words.Length > words.Count) continue;
            bool all = true;
            for (int k = 1; k < entry.Words.Length && all; k++)
                all = words[at + k].In(text).Equals(entry.Words[k], StringComparison.OrdinalIgnoreCase);
            if (all) return new PhraseMatch<T>(at, at + entry.Words.Length, entry.Value);
        }
        return null;
    }

    /// <summary>
    /// False when no phrase can be found in words [first, end) of the shared layer, because none of
    /// them is a phrase's key word; true when one may be.
    /// </summary>
    public bool MayOccurIn(WordLayer layer, int first, int end)
    {
        if (keyWords is not { } set) return true;
        for (int i = first; i < end; i++)
        {
            var word = layer.Surface(i);
            if (keyWordFilter!.MayContain(word) && set.Contains(word)) return true;
        }
        return false;
    }

    /// <summary>True when some phrase starts with this word (the phrase's other words are not checked).</summary>
    public bool MayStartWith(ReadOnlySpan<char> word) => (filter is null || filter.MayContain(word)) && lookup.ContainsKey(word);

    /// <summary>True when a phrase starts at some word (<see cref="FindAll"/> would find one).</summary>
    public bool Occurs(string text, List<TextSpan> words)
    {
        for (int i = 0; i < words.Count; i++)
            if (MatchAt(text, words, i) is not null) return true;
        return false;
    }

    /// <summary>Every non-overlapping longest match, left to right.</summary>
    public List<PhraseMatch<T>> FindAll(string text, List<TextSpan> words)
    {
        var found = new List<PhraseMatch<T>>();
        for (int i = 0; i < words.Count;)
        {
            if (MatchAt(text, words, i) is { } m) { found.Add(m); i = m.EndWord; }
            else i++;
        }
        return found;
    }
}
