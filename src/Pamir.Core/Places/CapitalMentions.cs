namespace Pamir.Core.Places;

/// <summary>
/// "The capital", "the Tajik capital", "Kyrgyzstan's capital": the capital of the country named
/// there, else of the document's focus country. Not when the city's name follows ("the capital,
/// Dushanbe" names it already) nor for money and law ("capital punishment").
/// </summary>
internal static class CapitalMentions
{
    private const string Capital = "capital";

    public static IEnumerable<PlaceMention> Find(PlaceReading reading, List<PlaceOccurrence> occurrences, string? focus, Gazetteer gazetteer)
    {
        for (int t = 1; t < reading.Count; t++)
        {
            // the length first: one compare turns away nearly every token
            if (reading.Length(t) != Capital.Length || !reading.IsWord(t, Capital) || reading.IsCapitalised(t) && !reading.StartsSentence(t) && !reading.InHeadline(t)) continue;
            int start = t - 1;
            string? country = null;
            var named = (PlaceOccurrence.EndingAt(occurrences, t - 1) ?? (reading.IsPossessive(t - 1) ? PlaceOccurrence.EndingAt(occurrences, t - 2) : null))
                is { Rejected: false, IsCountryName: true } before ? before : null;
            if (named is not null)
            {
                country = named.Best.Place.CountryCode;
                start = named.FirstToken;
                if (reading.IsWord(start - 1, "the")) start--;
            }
            else if (!reading.IsWord(t - 1, "the")) continue;
            int end = t;
            if (reading.IsWord(t + 1, "city")) end++;
            if (reading.IsWordAt(end + 1, PlaceWords.NonCityCapital)) continue;
            int next = end + 1;
            if (reading.IsPunctuation(next, ',')) next++;
            if (PlaceOccurrence.StartingAt(occurrences, next) is { Rejected: false, IsCountryName: false }) continue;
            if (reading.IsWord(next, "of") && PlaceOccurrence.StartingAt(occurrences, next + 1) is { Rejected: false, IsCountryName: true } of)
            {
                // "the capital of Tajikistan"
                country = of.Best.Place.CountryCode;
                end = of.LastMentionToken;
            }
            country ??= focus;
            if (country is null || gazetteer.Country(country)?.Capital is not { } capital) continue;
            yield return new PlaceMention(reading.Start(start), reading.End(end), capital);
        }
    }
}
