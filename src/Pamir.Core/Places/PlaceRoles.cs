namespace Pamir.Core.Places;

/// <summary>
/// Why a place is named: a reference point when a distance is measured from it ("15 km east of
/// Dushanbe", "110 km from Osh"), the dateline when it opens a line before the date or the agency
/// ("BISHKEK, May 20 (Reuters) -", "Bishkek/Brussels, 24 May 2011"), else mentioned.
/// </summary>
internal static class PlaceRoles
{
    private const int DatelineReach = 48;

    public static PlaceRole Of(PlaceReading reading, PlaceOccurrence o, List<PlaceOccurrence> occurrences)
    {
        if (IsDateline(reading, o, occurrences)) return PlaceRole.Dateline;
        return AfterDistance(reading, o.FirstToken) ? PlaceRole.Reference : PlaceRole.Mentioned;
    }

    /// <summary>Reads backwards: [number] [unit] [directions…] of|from [the] NAME.</summary>
    private static bool AfterDistance(PlaceReading reading, int first)
    {
        int t = first - 1;
        if (reading.IsWord(t, "the")) t--;
        if (!(reading.IsWord(t, "of") || reading.IsWord(t, "from") || reading.IsWord(t, "outside"))) return false;
        t--;
        for (int steps = 0; t >= 0 && steps < 10; steps++, t--)
        {
            if (reading.IsWordAt(t, PlaceWords.DistanceUnits))
                return t > 0 && reading.Kind(t - 1) == Text.TokenKind.Number || IsNumberWord(reading, t - 1) || reading.IsWord(t - 1, "a") || reading.IsWord(t - 1, "few");
            if (reading.Kind(t) == Text.TokenKind.Number) continue; // "15 km (9 miles)"
            if (!(reading.IsWordAt(t, PlaceWords.Directions) || reading.IsPunctuation(t, '(') || reading.IsPunctuation(t, ')') || reading.IsPunctuation(t, '-') || reading.IsPunctuation(t, ',')))
                return false;
        }
        return false;
    }

    private static readonly PlaceWords.Lexicon NumberWords = new("one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        "ten", "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
        "several", "dozens", "hundreds", "some");

    private static bool IsNumberWord(PlaceReading reading, int t) => reading.IsWordAt(t, NumberWords);

    private static bool IsDateline(PlaceReading reading, PlaceOccurrence o, List<PlaceOccurrence> occurrences)
    {
        var text = reading.Text;
        int index = o.Index;
        // "Bishkek/Brussels": the second city of a dateline is a dateline too.
        if (index > 0 && occurrences[index - 1] is { Role: PlaceRole.Dateline } previous && !previous.Rejected
            && text.AsSpan(previous.End, o.Start - previous.End).Trim() is ['/'] or ['-'] or ['–'] or ['&'])
            return true;
        int lineStart = o.Start;
        while (lineStart > 0 && text[lineStart - 1] is ' ' or '\t') lineStart--;
        if (lineStart > 0 && text[lineStart - 1] != '\n' && text[lineStart - 1] != '\r') return false;
        int after = o.End;
        while (after < text.Length && text[after] == ' ') after++;
        if (after >= text.Length || text[after] is not (',' or '/' or '(' or '-' or '–' or '—' or ':')) return false;
        var rest = text.AsSpan(after, Math.Min(DatelineReach, text.Length - after));
        int lineEnd = rest.IndexOf('\n');
        if (lineEnd >= 0) rest = rest[..lineEnd];
        return rest.IndexOfAnyInRange('0', '9') >= 0 || rest.Contains('(') || rest.Contains('/') || IsAllCaps(text.AsSpan(o.Start, o.End - o.Start));
    }

    private static bool IsAllCaps(ReadOnlySpan<char> name)
    {
        bool letters = false;
        foreach (char c in name)
        {
            if (char.IsLower(c)) return false;
            letters |= char.IsLetter(c);
        }
        return letters;
    }
}
