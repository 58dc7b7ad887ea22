namespace Pamir.Core.Places;

/// <summary>
/// Rules that tell a place name from the same letters used otherwise: a person's name ("Sayid
/// Abdullo Nuri", "Nuri said"), an ordinary word ("Police", "Along"), a sentence's first word,
/// or a small place that only an alternate spelling matches.
/// </summary>
internal static class PlaceFilters
{
    // Cities this large are spoken for by their government ("Moscow said"); smaller ones are people.
    private const long MetonymyPopulation = 100_000;
    private const long RemoteCity = 50_000;
    // A city this large is what its capitalised name means, even when the word has another sense ("Cologne", "Nice").
    private const long MajorCity = 300_000;

    private static readonly PlaceWords.Lexicon Conjunctions = new("and", "or", "but", "nor", "to", "from", "with", "than", "versus", "vs", "into", "in", "at", "by", "for");

    public static void RejectNonPlaces(PlaceReading reading, List<PlaceOccurrence> occurrences)
    {
        // on the stack here, read in a method of its own: one that both allocates on the stack and loops is compiled without the profile-guided tier
        Span<char> folded = stackalloc char[PlaceNameFolding.MaxLength * 2];
        RejectNonPlaces(reading, occurrences, folded);
    }

    private static void RejectNonPlaces(PlaceReading reading, List<PlaceOccurrence> occurrences, Span<char> folded)
    {
        HashSet<string>? people = null;
        foreach (var o in occurrences)
        {
            KeepPlausibleCandidates(reading, o);
            if (o.Rejected || o.IsCountryName) continue;
            if (LooksLikePerson(reading, o, occurrences))
            {
                o.Rejected = true;
                if (o.SingleWord) (people ??= new(StringComparer.Ordinal)).Add(Folded(reading, o, folded).ToString());
            }
        }
        var isPerson = people?.GetAlternateLookup<ReadOnlySpan<char>>();
        foreach (var o in occurrences)
        {
            if (o.Rejected) continue;
            if (!o.IsCountryName && o.SingleWord && isPerson is { } person && person.Contains(Folded(reading, o, folded))) { o.Rejected = true; continue; }
            if (IsOrdinaryWord(reading, o)) { o.Rejected = true; continue; }
            o.NeedsContext = o.SingleWord && o.LastMentionToken == o.LastToken
                && !(o.IsCountryName && (o.Best.Match != NameMatch.AlternateName || !HasLowerCase(reading.At(o.FirstToken))))
                && o.Best.Place.Population < MajorCity
                && reading.Gazetteer.IsCommonWord(Folded(reading, o, folded));
            o.AfterLocative = reading.IsWordAt(o.FirstToken - 1, PlaceWords.Locatives);
            o.CountryCue = CountryCue(reading, o, occurrences);
        }
    }

    /// <summary>An ordinary word kept only when it follows "in"/"near" and its place lies in the focus country.</summary>
    public static void RejectWithoutContext(List<PlaceOccurrence> occurrences, string? focus)
    {
        foreach (var o in occurrences)
            if (!o.Rejected && o.NeedsContext && !(o.AfterLocative && o.Chosen.Place.CountryCode == focus))
                o.Rejected = true;
    }

    private static void KeepPlausibleCandidates(PlaceReading reading, PlaceOccurrence o)
    {
        var candidates = o.Candidates;
        // A short word in capitals is an acronym ("UTO", "OMON"), a town only in a dateline ("OSH, May 3").
        if (o.SingleWord && candidates.Length > 0 && reading.At(o.FirstToken) is { Length: <= 5 } word && IsAllCaps(word) && !(reading.StartsLine(o.FirstToken) && reading.OpensDateline(o.LastToken)))
            candidates = Without(candidates, static c => c.Place.Kind == PlaceKind.City);
        if (o.HasRegionSuffix && Count(candidates, static c => c.Place.Kind == PlaceKind.Region) is > 0 and var regions && regions < candidates.Length)
            candidates = Without(candidates, static c => c.Place.Kind != PlaceKind.Region);
        candidates = Without(candidates, PlaceFinder.IsSmallAlternate);
        o.Candidates = candidates;
        o.Rejected = candidates.Length == 0;
    }

    private static int Count(PlaceCandidate[] candidates, Func<PlaceCandidate, bool> test)
    {
        int count = 0;
        foreach (var c in candidates) if (test(c)) count++;
        return count;
    }

    /// <summary>The candidates less those the test drops; the same array when it drops none, as for most names.</summary>
    private static PlaceCandidate[] Without(PlaceCandidate[] candidates, Func<PlaceCandidate, bool> drop)
    {
        int dropped = Count(candidates, drop);
        if (dropped == 0) return candidates;
        var kept = new PlaceCandidate[candidates.Length - dropped];
        int n = 0;
        foreach (var c in candidates) if (!drop(c)) kept[n++] = c;
        return kept;
    }

    private static bool LooksLikePerson(PlaceReading reading, PlaceOccurrence o, List<PlaceOccurrence> occurrences)
    {
        int before = o.FirstToken - 1, after = o.LastMentionToken + 1;
        bool sameSentenceBefore = before >= 0 && reading.SameSentence(before, o.FirstToken) && !reading.GapHasLineBreak(before, o.FirstToken);
        bool sameSentenceAfter = after < reading.Count && reading.SameSentence(o.LastMentionToken, after) && !reading.GapHasLineBreak(o.LastMentionToken, after);
        if (sameSentenceBefore && reading.IsWordAt(before, PlaceWords.Titles) && o.LastMentionToken == o.LastToken) return true;
        if (reading.InHeadline(o.FirstToken)) return false;
        if (sameSentenceBefore && reading.IsCapitalised(before)
            && !reading.IsWordAt(before, PlaceWords.PrecedingWords) && !reading.IsWordAt(before, PlaceWords.FunctionWords)
            && !EndsOccurrence(occurrences, before))
            return true;
        if (o.Best.Place.Kind != PlaceKind.City || o.LastMentionToken != o.LastToken || !sameSentenceAfter) return false;
        if (reading.IsCapitalised(after) && !reading.IsWordAt(after, PlaceWords.FollowingNouns) && !StartsOccurrence(occurrences, after))
            return true;
        return o.SingleWord && o.Best.Place.Population < MetonymyPopulation && reading.IsWordAt(after, PlaceWords.SpeechVerbs);
    }

    private static bool IsOrdinaryWord(PlaceReading reading, PlaceOccurrence o)
    {
        if (!o.SingleWord || o.LastMentionToken != o.LastToken) return false;
        var word = reading.At(o.FirstToken);
        // Two letters are a place only as a country's code in capitals ("US", "UK").
        if (word.Length <= 2 && !(o.IsCountryName && word is [var a, var b] && char.IsUpper(a) && char.IsUpper(b))) return true;
        if (o.IsCountryName) return false;
        return reading.StartsSentence(o.FirstToken) && reading.UsedInLowerCase(o.FirstToken);
    }

    /// <summary>
    /// A country named right next to the place: "Afghanistan's Badakhshan", "the Afghan province of
    /// Badakhshan", "Osh, Kyrgyzstan", "Osh (Kyrgyzstan)".
    /// </summary>
    private static string? CountryCue(PlaceReading reading, PlaceOccurrence o, List<PlaceOccurrence> occurrences)
    {
        if (o.IsCountryName) return null;
        int index = o.Index;
        for (int p = index - 1; p >= 0; p--)
        {
            var previous = occurrences[p];
            if (o.FirstToken - previous.LastMentionToken > 5) break;
            if (previous.Rejected) continue;
            if (!previous.IsCountryName) break;
            bool onlyGlue = true;
            for (int t = previous.LastMentionToken + 1; t < o.FirstToken && onlyGlue; t++)
                onlyGlue = reading.IsPossessive(t)
                    || reading.IsWord(t) && !reading.IsCapitalised(t) && !Conjunctions.Contains(reading.At(t)) && t - previous.LastMentionToken <= 4;
            if (onlyGlue && reading.SameSentence(previous.LastMentionToken, o.FirstToken)) return previous.Best.Place.CountryCode;
            break;
        }
        if (index + 1 < occurrences.Count)
        {
            var next = occurrences[index + 1];
            int gap = next.FirstToken - o.LastMentionToken;
            if (!next.Rejected && next.IsCountryName && next.Best.Match != NameMatch.Demonym && gap == 2
                && (reading.IsPunctuation(o.LastMentionToken + 1, ',') || reading.IsPunctuation(o.LastMentionToken + 1, '(')))
                return next.Best.Place.CountryCode;
        }
        return null;
    }

    /// <summary>
    /// A town outside every country the text names is more often a word or someone's name ("Taliban",
    /// a Turkish village) than a place; reports name the country of a foreign town they mean, unless
    /// it is a city everyone knows.
    /// </summary>
    public static void RejectRemoteSmallPlaces(List<PlaceOccurrence> occurrences, string? focus)
    {
        var named = occurrences.Where(o => !o.Rejected && o.IsCountryName).Select(o => o.Best.Place.CountryCode).ToHashSet(StringComparer.Ordinal);
        foreach (var o in occurrences)
        {
            if (o.Rejected || o.Chosen.Place is not { Kind: PlaceKind.City } place) continue;
            if (place.Population < RemoteCity && place.CountryCode != focus && !named.Contains(place.CountryCode)) o.Rejected = true;
        }
    }

    private static bool HasLowerCase(ReadOnlySpan<char> word)
    {
        foreach (char c in word) if (char.IsLower(c)) return true;
        return false;
    }

    private static bool IsAllCaps(ReadOnlySpan<char> word)
    {
        foreach (char c in word) if (!char.IsUpper(c)) return false;
        return word.Length > 1;
    }

    // Only a country or region vouches for a neighbouring name ("Tajik Badakhshan", "Kunduz Afghanistan");
    // two town names side by side are more often one person's ("Aga Khan").
    private static bool EndsOccurrence(List<PlaceOccurrence> occurrences, int token) =>
        PlaceOccurrence.EndingAt(occurrences, token) is { Rejected: false } x && x.Best.Place.Kind != PlaceKind.City;

    private static bool StartsOccurrence(List<PlaceOccurrence> occurrences, int token) =>
        PlaceOccurrence.StartingAt(occurrences, token) is { } x && x.Candidates.Length > 0 && x.Best.Place.Kind != PlaceKind.City;

    /// <summary>The occurrence's name folded into the buffer (empty when it cannot be folded).</summary>
    private static ReadOnlySpan<char> Folded(PlaceReading reading, PlaceOccurrence o, Span<char> buffer)
    {
        int length = PlaceNameFolding.Fold(reading.Text.AsSpan(o.Start, reading.End(o.LastToken) - o.Start), buffer);
        return length < 0 ? [] : buffer[..length];
    }
}
