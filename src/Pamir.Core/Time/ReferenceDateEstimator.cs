using Pamir.Core.Pipeline;

namespace Pamir.Core.Time;

/// <summary>
/// Finds the date a document's relative expressions count from. The publication date when known.
/// Otherwise a news report is written no earlier than the latest date it states (dates in
/// sentences about plans and forecasts excepted), after the years it recounts by number ("in
/// 2018") unless it dates events within them, and no earlier than the undated days it reports
/// ("the riot on May 19" in a text whose latest date is November 2018 happened in May 2019): the
/// estimate is the earliest date consistent with all of these, at the precision the text allows.
/// </summary>
internal static class ReferenceDateEstimator
{
    public static ReferenceDate? Estimate(AnalyzedDocument document, List<TimeMention> mentions, FutureSentences future)
    {
        if (document.Published is FuzzyDate published && published.HasYear)
            return new ReferenceDate(published, ReferenceDateBasis.Publication);

        FuzzyDate? latest = null;
        int? latestYearOver = null;
        var finerYears = new HashSet<int>();
        foreach (var m in mentions)
        {
            if (m.Kind != TimeMentionKind.Explicit || future.IsFuture(m.Start)) continue;
            // A range's end may lie ahead ("the 2014-2020 strategy"); its start is a safe bound.
            var date = m.Date;
            if (date.IsDecade) continue;
            if (latest is not FuzzyDate l || IsLater(date, l)) latest = date;
            if (date.Month is not null) finerYears.Add(date.Year!.Value);
            else if (m.RangeEnd is null && IsNarratedYear(document.Text, m.Start) && date.Year > latestYearOver.GetValueOrDefault()) latestYearOver = date.Year;
        }
        if (latest is not FuzzyDate lowerBound) return null;
        // Reporters call the current year "this year"; a year told by its number in a past
        // account ("remittances reached $2.5 billion in 2018") is over, unless the text dates
        // events inside it more finely, which a report of that same year would do.
        if (latestYearOver is int over && !finerYears.Contains(over) && IsLater(new FuzzyDate(over + 1), lowerBound))
            lowerBound = new FuzzyDate(over + 1);

        var estimate = lowerBound;
        var narrated = TimeResolver.HasNarrative(document, mentions);
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Kind != TimeMentionKind.Partial || narrated[k] || m.Precision == DatePrecision.Year) continue;
            int year = TimeResolver.NextOnOrAfterYear(lowerBound, m.Date.Month!.Value, m.Date.Day);
            var candidate = TimeResolver.Dated(year, m.Date.Month!.Value, m.Date.Day);
            if (m.Date.Day is not null && IsDateline(document.Text, m.Start))
                return new ReferenceDate(candidate, ReferenceDateBasis.Dateline);
            if (IsLater(candidate, estimate)) estimate = candidate;
        }
        return new ReferenceDate(estimate, ReferenceDateBasis.ExplicitDates);
    }

    /// <summary>
    /// A day right after the place name that opens a line ("DUSHANBE, May 20", "Osh, 3 June"):
    /// up to four capitalised words and a comma.
    /// </summary>
    private static bool IsDateline(string text, int start)
    {
        int i = start;
        while (i > 0 && text[i - 1] == ' ') i--;
        if (i == 0 || text[i - 1] != ',') return false;
        int lineStart = text.LastIndexOf('\n', i - 1) + 1;
        var prefix = text.AsSpan(lineStart, i - 1 - lineStart).Trim();
        if (prefix.IsEmpty || prefix.Length > 40) return false;
        int words = 0;
        foreach (var range in prefix.SplitAny(" /-"))
        {
            var word = prefix[range];
            if (word.IsEmpty) continue;
            if (!char.IsUpper(word[0]) || ++words > 4) return false;
        }
        return words > 0;
    }

    /// <summary>"in 2018", "during 2018", "throughout 2018": a year as the time of a past account ("so far in 2018" and "earlier in 2018" speak from inside it).</summary>
    private static bool IsNarratedYear(string text, int start)
    {
        var before = Text.TextWords.Before(text, start);
        if (!(before.Equals("in", StringComparison.OrdinalIgnoreCase) || before.Equals("during", StringComparison.OrdinalIgnoreCase)
            || before.Equals("throughout", StringComparison.OrdinalIgnoreCase))) return false;
        var earlier = Text.TextWords.Before(text, start, 1);
        return !(earlier.Equals("far", StringComparison.OrdinalIgnoreCase) || earlier.Equals("earlier", StringComparison.OrdinalIgnoreCase)
            || earlier.Equals("later", StringComparison.OrdinalIgnoreCase));
    }

    /// <summary>Later start; at the same start, the finer date ("2018-11-01" after "2018-11").</summary>
    private static bool IsLater(FuzzyDate a, FuzzyDate b)
    {
        int c = a.First!.Value.CompareTo(b.First!.Value);
        return c > 0 || c == 0 && a.Precision > b.Precision;
    }
}
