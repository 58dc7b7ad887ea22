using Pamir.Core.Pipeline;
using Pamir.Core.Text;

namespace Pamir.Core.Places;

/// <summary>
/// The "places" layer: capitalised names of one to four words that the gazetteer knows, each
/// resolved to one entry from the document's context, with the role it plays (where something
/// happened, a reference point, the dateline) — and the document's focus country.
/// </summary>
/// <remarks>
/// One pass over the tokens finds the names (longest match first, span lookups without
/// allocation); then rules drop what is not a place — people ("Sayid Abdullo Nuri"), ordinary
/// words ("Police", "Along"), small places known only by an alternate spelling — the country
/// most mentioned becomes the focus, and each remaining name picks its candidate: the country a
/// neighbouring word names, then the focus country, then any country the text mentions.
/// </remarks>
public sealed class PlaceFinder(Gazetteer gazetteer) : IAnnotator
{
    private const int MaxWords = 4;
    // Alternate spellings are GeoNames' long tail; for a small place they are too often someone's name.
    private const long SmallPlace = 10_000;

    public string Name => "places";

    public void Annotate(AnalyzedDocument document)
    {
        var reading = new PlaceReading(document, gazetteer);
        var found = Found.Borrow();
        try
        {
            Annotate(document, reading, found);
        }
        finally
        {
            reading.Release();
            Found.Return(found);
        }
    }

    // The names found in a document, in a list kept per thread for the next (emptied, so that it
    // keeps nothing alive): grown afresh for every document it was among the places stage's garbage.
    private static readonly ThreadLentList<PlaceOccurrence> Found = new();

    private void Annotate(AnalyzedDocument document, PlaceReading reading, List<PlaceOccurrence> occurrences)
    {
        Scan(reading, occurrences);
        PlaceFilters.RejectNonPlaces(reading, occurrences);
        document.FocusCountry = FocusCountry.Vote(occurrences);
        var mentioned = new HashSet<string>(StringComparer.Ordinal);
        foreach (var o in occurrences)
            if (!o.Rejected && !o.NeedsContext && FocusCountry.OneCountry(o.Candidates)) mentioned.Add(o.Best.Place.CountryCode);
        foreach (var o in occurrences) Resolve(o, document.FocusCountry, mentioned, null);
        // Second round: a name among places of one country reads as one of them ("Kunduz, Badakhshan, Takhar").
        var first = new PlaceCandidate[occurrences.Count];
        for (int k = 0; k < first.Length; k++) first[k] = occurrences[k].Chosen;
        for (int k = 0; k < occurrences.Count; k++)
            if (occurrences[k].Candidates.Length > 1) Resolve(occurrences[k], document.FocusCountry, mentioned, Neighbours(reading, occurrences, first, k));
        PlaceFilters.RejectWithoutContext(occurrences, document.FocusCountry);
        PlaceFilters.RejectRemoteSmallPlaces(occurrences, document.FocusCountry);
        foreach (var o in occurrences) if (!o.Rejected) o.Role = PlaceRoles.Of(reading, o, occurrences);
        document.Places = Mentions(reading, occurrences, document.FocusCountry);
    }

    // The buffers are allocated on the stack here and the scan is a method of its own: the runtime
    // compiles a method that both allocates on the stack and loops once, fully, without the
    // profile-guided tier, and the scan's loop is among the analysis's hottest.
    private void Scan(PlaceReading reading, List<PlaceOccurrence> found)
    {
        Span<int> ends = stackalloc int[MaxWords + 3];
        Span<char> folded = stackalloc char[PlaceNameFolding.MaxLength * 2];
        Scan(reading, found, ends, folded);
    }

    /// <summary>Adds the names found to <paramref name="found"/>, in text order.</summary>
    private void Scan(PlaceReading reading, List<PlaceOccurrence> found, Span<int> ends, Span<char> folded)
    {
        int i = 0;
        while (i < reading.Count)
        {
            if (!reading.IsCapitalised(i)) { i++; continue; }
            int count = NameEnds(reading, i, ends);
            PlaceOccurrence? match = null;
            for (int k = count - 1; k >= 0 && match is null; k--)
            {
                int last = ends[k];
                int length = PlaceNameFolding.Fold(reading.Text.AsSpan(reading.Start(i), reading.End(last) - reading.Start(i)), folded);
                if (length > 0 && gazetteer.TryFindFolded(folded[..length], out var candidates))
                    match = new PlaceOccurrence(found.Count, i, last, reading.Start(i), reading.End(last), candidates);
            }
            if (match is null) { i++; continue; }
            if (reading.IsWordAt(match.LastToken + 1, PlaceWords.RegionSuffixes) || reading.IsWordAt(match.LastToken + 1, PlaceWords.LocalSuffixes))
            {
                match.HasRegionSuffix = reading.IsWordAt(match.LastToken + 1, PlaceWords.RegionSuffixes);
                match.LastMentionToken = match.LastToken + 1;
                // "autonomous region", "autonomous oblast": the suffix has two words.
                if (reading.IsWord(match.LastMentionToken, "autonomous") && reading.IsWordAt(match.LastMentionToken + 1, PlaceWords.RegionSuffixes))
                    match.LastMentionToken++;
                match.End = reading.End(match.LastMentionToken);
            }
            found.Add(match);
            i = match.LastMentionToken + 1;
        }
    }

    /// <summary>
    /// Token indices where a name starting at <paramref name="first"/> may end: after each word of
    /// a run of capitalised words, joined by hyphens or short connectors ("Mazar-e Sharif",
    /// "Rostov-on-Don"), ending at most at one suffix word ("Khatlon Province").
    /// </summary>
    private static int NameEnds(PlaceReading reading, int first, Span<int> ends)
    {
        int count = 0, words = 0, i = first;
        ends[count++] = first;
        words++;
        while (words < MaxWords && count < ends.Length)
        {
            int next = i + 1;
            if (next >= reading.Count) break;
            if (reading.IsJoiner(next) && next + 1 < reading.Count && reading.IsWord(next + 1) && reading.Adjacent(i, next) && reading.Adjacent(next, next + 1))
                next++;
            else if (!reading.SameSentence(i, next) || reading.GapHasLineBreak(i, next)) break;
            if (!reading.IsWord(next)) break;
            // A lower-case connector only ever sits inside a name: "Rostov-on-Don", "Mazar-e Sharif".
            if (reading.IsConnector(next) && next + 1 < reading.Count && reading.SameSentence(next, next + 1))
            {
                int after = reading.IsJoiner(next + 1) && reading.Adjacent(next, next + 1) ? next + 2 : next + 1;
                if (reading.IsCapitalised(after)) next = after;
            }
            if (reading.IsCapitalised(next))
            {
                ends[count++] = next;
                i = next;
                words++;
            }
            else if (reading.IsWordAt(next, PlaceWords.RegionSuffixes) || reading.IsWordAt(next, PlaceWords.LocalSuffixes))
            {
                ends[count++] = next;
                break;
            }
            else break;
        }
        return count;
    }

    /// <summary>Countries of the other places in the same sentence, one entry per place.</summary>
    private static List<string>? Neighbours(PlaceReading reading, List<PlaceOccurrence> occurrences, PlaceCandidate[] chosen, int k)
    {
        List<string>? countries = null;
        int sentence = reading.SentenceOf(occurrences[k].FirstToken);
        for (int step = -1; step <= 1; step += 2)
        {
            for (int j = k + step; j >= 0 && j < occurrences.Count; j += step)
            {
                var other = occurrences[j];
                if (reading.SentenceOf(other.FirstToken) != sentence) break;
                if (other.Rejected || other.IsCountryName) continue;
                (countries ??= []).Add(chosen[j].Place.CountryCode);
            }
        }
        return countries;
    }

    private static void Resolve(PlaceOccurrence o, string? focus, HashSet<string> mentioned, List<string>? nearby)
    {
        if (o.Rejected) return;
        PlaceCandidate best = o.Candidates[0];
        double bestScore = double.MinValue;
        foreach (var c in o.Candidates)
        {
            double score = Score(c, o, focus, mentioned);
            if (nearby is not null) score += Math.Min(4, CountOf(nearby, c.Place.CountryCode));
            if (score > bestScore) { bestScore = score; best = c; }
        }
        o.Chosen = best;
    }

    private static int CountOf(List<string> countries, string country)
    {
        int count = 0;
        foreach (var c in countries) if (c == country) count++;
        return count;
    }

    private static double Score(PlaceCandidate c, PlaceOccurrence o, string? focus, HashSet<string> mentioned)
    {
        var place = c.Place;
        if (place.Kind == PlaceKind.Country) return 100;
        double score = Math.Log10(place.Population + 10);
        if (c.Match == NameMatch.Name) score += 0.5;
        if (o.CountryCue is { } cue) score += place.CountryCode == cue ? 6 : -4;
        if (place.CountryCode == focus) score += 3;
        else if (mentioned.Contains(place.CountryCode)) score += 1.5;
        if (o.HasRegionSuffix && place.Kind == PlaceKind.Region) score += 4;
        return score;
    }

    private IReadOnlyList<PlaceMention> Mentions(PlaceReading reading, List<PlaceOccurrence> occurrences, string? focus)
    {
        var mentions = new List<PlaceMention>(occurrences.Count);
        foreach (var o in occurrences)
        {
            if (o.Rejected) continue;
            mentions.Add(new PlaceMention(o.Start, o.End, o.Chosen.Place, o.Role, o.Chosen.Match == NameMatch.Demonym));
        }
        foreach (var capital in CapitalMentions.Find(reading, occurrences, focus, gazetteer))
        {
            // "the Tajik capital" replaces the bare demonym inside it.
            mentions.RemoveAll(m => m.Start >= capital.Start && m.End <= capital.End);
            mentions.Add(capital);
        }
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));
        return mentions;
    }

    internal static bool IsSmallAlternate(PlaceCandidate c) =>
        c.Place.Kind == PlaceKind.City && c.Match == NameMatch.AlternateName && c.Place.Population < SmallPlace;
}
