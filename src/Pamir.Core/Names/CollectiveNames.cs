namespace Pamir.Core.Names;

/// <summary>
/// Collective actors named by what they are ("security forces", "border guards", "inmates"),
/// with the country a demonym or state just before gives them ("Tajik border guards",
/// "U.S. federal agents").
/// </summary>
internal static class CollectiveNames
{
    public static void Find(NameScan scan)
    {
        var words = scan.Words;
        for (int i = 0; i < words.Count; i++)
        {
            if (scan.IsCovered(i) || words[i].IsNumber) continue;
            int length = LongestAt(scan, i);
            if (length == 0) continue;
            int last = i + length - 1;
            // "police commander", "army chief": a role, not the collective.
            if (last + 1 < words.Count && scan.Joined(last, last + 1) && scan.Lexicon.TitleLookup.Contains(scan.Folded(last + 1))) { i = last; continue; }
            int first = i;
            string? country = null;
            string name = string.Join(' ', Enumerable.Range(i, length).Select(w => scan.Folded(w).ToString()));
            if (i > 0 && scan.Joined(i - 1, i))
            {
                if (scan.DemonymCountry[i - 1] is { } demonym && !scan.IsCovered(i - 1))
                {
                    country = demonym;
                    first = i - 1;
                    name = scan.Words.Surface(i - 1).ToString() + " " + name;
                }
                else if (scan.OwnerOf(i - 1) is { Kind: ActorKind.State } state)
                    country = state.CountryCode;
            }
            scan.Add(new NameDraft(first, last, ActorKind.Group, name, null) { CountryCode = country });
            i = last;
        }
    }

    private static int LongestAt(NameScan scan, int word)
    {
        if (!scan.Lexicon.CollectiveFirstWords.Contains(scan.Folded(word))) return 0;
        for (int length = Math.Min(scan.Lexicon.MaxCollectiveWords, scan.Words.Count - word); length >= 1; length--)
        {
            bool joined = true;
            for (int w = word + 1; w < word + length && joined; w++) joined = scan.Joined(w - 1, w) && !scan.IsCovered(w);
            if (!joined) continue;
            string phrase = length == 1 ? scan.Folded(word).ToString() : string.Join(' ', Enumerable.Range(word, length).Select(w => scan.Folded(w).ToString()));
            if (scan.Lexicon.Collectives.Contains(phrase)) return length;
        }
        return 0;
    }
}
