namespace Pamir.Core.Names;

/// <summary>
/// Collective actors named by what they are ("security forces", "border guards", "inmates"),
/// with the country a demonym or state just before gives them ("Tajik border guards",
/// "U.S. federal agents").
/// </summary>
internal static class CollectiveNames
{
    // Longer than any collective's folded phrase; a longer run of words is simply not one.
    private const int PhraseBuffer = 256;

    public static void Find(NameScan scan)
    {
        // on the stack here, filled in a method of its own: one that both allocates on the stack and loops is compiled without the profile-guided tier
        Span<char> buffer = stackalloc char[PhraseBuffer];
        Find(scan, buffer);
    }

    private static void Find(NameScan scan, Span<char> buffer)
    {
        var words = scan.Words;
        for (int i = 0; i < words.Count; i++)
        {
            if (scan.IsCovered(i) || words[i].IsNumber) continue;
            int length = LongestAt(scan, i, buffer);
            if (length == 0) continue;
            int last = i + length - 1;
            // "police commander", "army chief": a role, not the collective.
            if (last + 1 < words.Count && scan.Joined(last, last + 1) && scan.Lexicon.TitleLookup.Contains(scan.Folded(last + 1))) { i = last; continue; }
            int first = i;
            string? country = null;
            string name = new(buffer[..scan.FoldedPhrase(i, last, buffer)]);
            if (i > 0 && scan.Joined(i - 1, i))
            {
                if (scan.DemonymCountry[i - 1] is { } demonym && !scan.IsCovered(i - 1))
                {
                    country = demonym;
                    first = i - 1;
                    name = string.Concat(scan.Words.Surface(i - 1), " ", name);
                }
                else if (scan.OwnerOf(i - 1) is { Kind: ActorKind.State } state)
                    country = state.CountryCode;
            }
            scan.Add(new NameDraft(first, last, ActorKind.Group, name, null) { CountryCode = country });
            i = last;
        }
    }

    /// <param name="buffer">Room for a phrase, lent by the caller.</param>
    private static int LongestAt(NameScan scan, int word, Span<char> buffer)
    {
        if (!scan.Lexicon.CollectiveFirstWords.Contains(scan.Folded(word))) return 0;
        for (int length = Math.Min(scan.Lexicon.MaxCollectiveWords, scan.Words.Count - word); length >= 1; length--)
        {
            // a collective of this length would end on a collective's last word: most lengths are ruled out before a phrase is built
            if (!scan.Lexicon.CollectiveLastWords.Contains(scan.Folded(word + length - 1))) continue;
            bool joined = true;
            for (int w = word + 1; w < word + length && joined; w++) joined = scan.Joined(w - 1, w) && !scan.IsCovered(w);
            if (!joined) continue;
            int n = scan.FoldedPhrase(word, word + length - 1, buffer);
            if (n >= 0 && scan.Lexicon.CollectiveLookup.Contains(buffer[..n])) return length;
        }
        return 0;
    }
}
