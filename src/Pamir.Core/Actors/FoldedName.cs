using Pamir.Core.Names;

namespace Pamir.Core.Actors;

/// <summary>
/// A name folded as <see cref="NameFold.Fold"/> folds it (folded words joined by one space), into
/// the calling thread's reused buffers: catalogue lookups and actor keys fold many names, and the
/// fold is read at once, never kept.
/// </summary>
internal static class FoldedName
{
    [ThreadStatic] private static NameWords? words;
    [ThreadStatic] private static char[]? buffer;

    /// <summary>The folded name, valid until the thread folds another.</summary>
    public static ReadOnlySpan<char> Of(string name)
    {
        var scanned = words = NameWords.Rescan(words, name);
        // each folded word is at most as long as its surface, plus one space between words
        var folded = buffer is { } b && b.Length >= name.Length * 2 ? b : buffer = new char[Math.Max(64, name.Length * 2)];
        int length = 0;
        for (int i = 0; i < scanned.Count; i++)
        {
            if (length > 0) folded[length++] = ' ';
            var word = scanned.Folded(i);
            word.CopyTo(folded.AsSpan(length));
            length += word.Length;
        }
        return folded.AsSpan(0, length);
    }
}
