namespace Pamir.Core.Places;

/// <summary>A name in the text that the gazetteer knows, while the place finder weighs it.</summary>
internal sealed class PlaceOccurrence(int index, int firstToken, int lastToken, int start, int end, PlaceCandidate[] candidates)
{
    /// <summary>Position in the document's list of occurrences, which is in text order and free of overlaps.</summary>
    public int Index { get; } = index;
    public int FirstToken { get; } = firstToken;
    /// <summary>Last token of the name itself, before any suffix word.</summary>
    public int LastToken { get; set; } = lastToken;
    /// <summary>Last token of the mention, with a suffix such as "province" when present.</summary>
    public int LastMentionToken { get; set; } = lastToken;
    public int Start { get; } = start;
    public int End { get; set; } = end;
    public PlaceCandidate[] Candidates { get; set; } = candidates;
    public bool SingleWord => FirstToken == LastToken;
    /// <summary>Followed by "province", "region", "oblast" and the like.</summary>
    public bool HasRegionSuffix { get; set; }
    /// <summary>An ordinary English word as well as a place: kept only with supporting context.</summary>
    public bool NeedsContext { get; set; }
    /// <summary>Preceded by "in", "near", "at" …</summary>
    public bool AfterLocative { get; set; }
    /// <summary>The country a neighbouring word names for this place ("Afghanistan's Badakhshan", "Osh, Kyrgyzstan").</summary>
    public string? CountryCue { get; set; }
    public bool Rejected { get; set; }
    public PlaceCandidate Chosen { get; set; }
    public PlaceRole Role { get; set; }

    public PlaceCandidate Best => Candidates[0];
    public bool IsCountryName => Best.Place.Kind == PlaceKind.Country;

    /// <summary>The occurrence whose name starts at the token, if any (binary search over the text-ordered list).</summary>
    public static PlaceOccurrence? StartingAt(List<PlaceOccurrence> occurrences, int token)
    {
        int lo = 0, hi = occurrences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int first = occurrences[mid].FirstToken;
            if (first == token) return occurrences[mid];
            if (first < token) lo = mid + 1; else hi = mid - 1;
        }
        return null;
    }

    /// <summary>The occurrence whose mention ends at the token, if any.</summary>
    public static PlaceOccurrence? EndingAt(List<PlaceOccurrence> occurrences, int token)
    {
        int lo = 0, hi = occurrences.Count - 1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            int last = occurrences[mid].LastMentionToken;
            if (last == token) return occurrences[mid];
            if (last < token) lo = mid + 1; else hi = mid - 1;
        }
        return null;
    }
}
