using Pamir.Core.Pipeline;

namespace Pamir.Core.Time;

/// <summary>
/// Finds the date a document's relative expressions count from. The publication date when known.
/// Otherwise a news report is written no earlier than the latest date it states (dates in
/// sentences about plans and forecasts excepted), and no earlier than the undated days it reports
/// ("the riot on May 19" in a text whose latest date is November 2018 happened in May 2019): the
/// estimate is the earliest date consistent with both, at the precision the text allows.
/// </summary>
internal static class ReferenceDateEstimator
{
    public static ReferenceDate? Estimate(AnalyzedDocument document, List<TimeMention> mentions)
    {
        if (document.Published is FuzzyDate published && published.HasYear)
            return new ReferenceDate(published, ReferenceDateBasis.Publication);

        FuzzyDate? latest = null;
        foreach (var m in mentions)
        {
            if (m.Kind != TimeMentionKind.Explicit || TimeResolver.IsFutureSentence(document, m.Start)) continue;
            // A range's end may lie ahead ("the 2014-2020 strategy"); its start is a safe bound.
            var date = m.Date;
            if (date.IsDecade) continue;
            if (latest is not FuzzyDate l || IsLater(date, l)) latest = date;
        }
        if (latest is not FuzzyDate lowerBound) return null;

        var estimate = lowerBound;
        var narrated = TimeResolver.HasNarrative(document, mentions);
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            if (m.Kind != TimeMentionKind.Partial || narrated[k] || m.Precision == DatePrecision.Year) continue;
            int year = TimeResolver.NextOnOrAfterYear(lowerBound, m.Date.Month!.Value, m.Date.Day);
            var candidate = new FuzzyDate(year, m.Date.Month, m.Date.Day);
            if (IsLater(candidate, estimate)) estimate = candidate;
        }
        return new ReferenceDate(estimate, ReferenceDateBasis.ExplicitDates);
    }

    /// <summary>Later start; at the same start, the finer date ("2018-11-01" after "2018-11").</summary>
    private static bool IsLater(FuzzyDate a, FuzzyDate b)
    {
        int c = a.First!.Value.CompareTo(b.First!.Value);
        return c > 0 || c == 0 && a.Precision > b.Precision;
    }
}
