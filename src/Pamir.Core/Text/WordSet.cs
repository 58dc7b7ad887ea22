using System.Collections.Frozen;

namespace Pamir.Core.Text;

/// <summary>
/// A set of words looked up by span (ordinal), with a <see cref="WordFilter"/> in front: most words
/// a scanner asks about are in no list, and the filter says so without hashing them.
/// </summary>
public sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> lookup;
    private readonly WordFilter filter;

    public WordSet(IEnumerable<string> words)
    {
        Words = words.ToFrozenSet(StringComparer.Ordinal);
        lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();
        filter = new WordFilter(Words);
    }

    public FrozenSet<string> Words { get; }

    public bool Contains(ReadOnlySpan<char> word) => filter.MayContain(word) && lookup.Contains(word);
}
