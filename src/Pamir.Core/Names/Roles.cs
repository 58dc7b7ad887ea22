namespace Pamir.Core.Names;

/// <summary>
/// The roles a text gives a person: a title before the name ("President", "Gen.", "former Deputy
/// Defence Minister", "opposition leader"), with the country of a demonym before it ("Russian
/// President"), or an apposition after it ("Mukhiddin Kabiri, the party's leader,").
/// </summary>
internal static class Roles
{
    private static readonly string[] Articles = ["the", "a", "an", "his", "her", "its", "their"];

    public readonly record struct Title(int First, int Last, string Role, string? CountryCode);

    /// <summary>The title phrase whose last word stands just before <paramref name="word"/>, if any.</summary>
    public static Title? Before(NameScan scan, int word)
    {
        int end = word - 1;
        if (end < 0 || !scan.Joined(end, word)) return null;
        int length = TitleEndingAt(scan, end);
        if (length == 0) return null;
        int first = end - length + 1;
        while (first > 0 && scan.Joined(first - 1, first) && scan.Lexicon.RoleModifiers.Contains(scan.Folded(first - 1))) first--;
        int roleFirst = first;
        string? country = null;
        if (first > 0 && scan.Joined(first - 1, first) && scan.DemonymCountry[first - 1] is { } demonym)
        {
            country = demonym;
            first--;
        }
        return new Title(first, end, scan.Surface(roleFirst, end), country);
    }

    /// <summary>Length in words of the longest title starting at <paramref name="word"/> within [word, last] (0 when none).</summary>
    public static int TitleStartingAt(NameScan scan, int word, int last)
    {
        if (!scan.Lexicon.TitleFirstWords.Contains(scan.Folded(word))) return 0;
        for (int length = Math.Min(scan.Lexicon.MaxTitleWords, last - word + 1); length >= 1; length--)
            if (IsTitle(scan, word, word + length - 1)) return length;
        return 0;
    }

    /// <summary>"Mukhiddin Kabiri, the party's leader," → "the party's leader": a short phrase after a comma naming a role.</summary>
    public static string? Apposition(NameScan scan, int last)
    {
        int next = last + 1;
        if (next >= scan.Words.Count) return null;
        var gap = scan.Text.AsSpan(scan.Words[last].End, scan.Words[next].Start - scan.Words[last].End).Trim();
        if (gap is not ",") return null;
        bool opener = false;
        foreach (var a in Articles) opener |= scan.FoldedIs(next, a);
        opener |= scan.Lexicon.RoleModifiers.Contains(scan.Folded(next));
        if (!opener) return null;
        for (int w = next; w < Math.Min(scan.Words.Count, next + 9); w++)
        {
            if (w > next && !ActingContext.InSameClause(scan, next, w)) return null;
            if (TitleEndingAt(scan, w) > 0)
            {
                int end = w;
                // "leader of the IRPT": keep the organisation the role belongs to.
                if (scan.FoldedIs(end + 1, "of") && ActingContext.InSameClause(scan, w, end + 2))
                {
                    end += 2;
                    if (scan.FoldedIs(end, "the") && end + 1 < scan.Words.Count && ActingContext.InSameClause(scan, w, end + 1)) end++;
                    while (end + 1 < scan.Words.Count && scan.Words[end + 1].Capitalized && scan.Joined(end, end + 1)) end++;
                }
                return scan.Surface(next, end);
            }
        }
        return null;
    }

    private static int TitleEndingAt(NameScan scan, int end)
    {
        if (!scan.Lexicon.TitleLastWords.Contains(scan.Folded(end))) return 0;
        for (int length = Math.Min(scan.Lexicon.MaxTitleWords, end + 1); length >= 1; length--)
            if (IsTitle(scan, end - length + 1, end)) return length;
        return 0;
    }

    private static bool IsTitle(NameScan scan, int first, int last)
    {
        if (first == last) return scan.Lexicon.TitleLookup.Contains(scan.Folded(first));
        // the word filters first: they rule out most phrases before the words between are checked
        if (!scan.Lexicon.TitleFirstWords.Contains(scan.Folded(first)) || !scan.Lexicon.TitleLastWords.Contains(scan.Folded(last))) return false;
        for (int w = first + 1; w <= last; w++) if (!scan.Joined(w - 1, w)) return false;
        return IsTitlePhrase(scan, first, last);
    }

    // Apart from the loop above: a method that both allocates on the stack and loops is compiled without the profile-guided tier.
    private static bool IsTitlePhrase(NameScan scan, int first, int last)
    {
        Span<char> buffer = stackalloc char[256];
        int n = scan.FoldedPhrase(first, last, buffer);
        return n >= 0 && scan.Lexicon.TitleLookup.Contains(buffer[..n]);
    }
}
