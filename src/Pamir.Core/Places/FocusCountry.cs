namespace Pamir.Core.Places;

/// <summary>
/// The country a document is mostly about: a vote of its country names and demonyms, and of the
/// places whose every reading lies in one country. Ties go to the country named first.
/// </summary>
internal static class FocusCountry
{
    public static string? Vote(List<PlaceOccurrence> occurrences)
    {
        var votes = keptVotes ?? new Dictionary<string, (double Votes, int First)>(StringComparer.Ordinal);
        keptVotes = null;
        for (int i = 0; i < occurrences.Count; i++)
        {
            var o = occurrences[i];
            if (o.Rejected || o.NeedsContext) continue;
            var best = o.Best;
            double weight = best.Place.Kind == PlaceKind.Country ? (best.Match == NameMatch.Demonym ? 1.5 : 2.5)
                : OneCountry(o.Candidates) ? 1 : 0;
            if (weight == 0) continue;
            string code = best.Place.CountryCode;
            votes[code] = votes.TryGetValue(code, out var v) ? (v.Votes + weight, v.First) : (weight, i);
        }
        string? winner = null;
        (double Votes, int First) most = default;
        foreach (var (code, vote) in votes)
            if (winner is null || vote.Votes > most.Votes || vote.Votes == most.Votes && vote.First < most.First) (winner, most) = (code, vote);
        votes.Clear();
        keptVotes = votes;
        return winner;
    }

    // The tally is kept per thread and emptied after each document: made afresh for every document
    // it was among the places layer's largest garbage. A country's code is all it holds.
    [ThreadStatic] private static Dictionary<string, (double Votes, int First)>? keptVotes;

    public static bool OneCountry(PlaceCandidate[] candidates)
    {
        foreach (var c in candidates) if (c.Place.CountryCode != candidates[0].Place.CountryCode) return false;
        return true;
    }
}
