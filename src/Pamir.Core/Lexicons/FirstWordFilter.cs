using Pamir.Core.Text;

namespace Pamir.Core.Lexicons;

/// <summary>
/// The <see cref="WordFilter"/> over a lexicon's first words, so a scan skips the dictionary for
/// words that start no phrase. None when a word ends in a non-ASCII letter: ignoring case, "ı"
/// matches "i", which the filter's ASCII keys would turn away.
/// </summary>
internal static class FirstWordFilter
{
    public static WordFilter? For(IReadOnlyCollection<string> firstWords)
    {
        foreach (var word in firstWords)
            if (word.Length > 0 && (word[0] > 0x7F || word[^1] > 0x7F)) return null;
        return new WordFilter(firstWords);
    }
}
