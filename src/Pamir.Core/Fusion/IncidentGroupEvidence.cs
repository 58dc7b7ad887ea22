namespace Pamir.Core.Fusion;

/// <summary>
/// The evidence between the reports of two groups, kept while clustering: a big incident is
/// weighed against the same neighbouring group again and again as both grow, and groups only grow
/// by appending reports, so each weighing scores only the report pairs added since the last.
/// A pair that rules the groups out rules out every union of them too, so that verdict is final.
/// </summary>
internal sealed class IncidentGroupEvidence(IReadOnlyList<IncidentReportView> views)
{
    /// <summary>Mean evidence between the reports of two groups needed to join them.</summary>
    private const double MinMeanLink = 2.0;

    // Keyed by the ordered pair of group numbers: the score of a pair of reports depends on which
    // comes first (actors shared are counted from the first report's side).
    private readonly Dictionary<(int, int), Tally> tallies = [];

    /// <summary>
    /// Whether two groups may join: no two of their reports rule each other out, two reports of
    /// one document only when near-identical, and their report pairs agree on average.
    /// </summary>
    public bool CanJoin(int gx, List<int> x, int gy, List<int> y)
    {
        if (!tallies.TryGetValue((gx, gy), out var tally)) tally = new Tally();
        if (!tally.RuledOut)
        {
            // The pairs not yet scored: the new reports of x with the old of y, then all of x with the new of y.
            tally = Add(tally, x, tally.X, x.Count, y, 0, tally.Y);
            tally = Add(tally, x, 0, x.Count, y, tally.Y, y.Count);
            tally = tally with { X = x.Count, Y = y.Count };
            tallies[(gx, gy)] = tally;
        }
        // Scores are multiples of a half: the sum is exact whatever order the pairs were added in.
        return !tally.RuledOut && tally.Sum / ((double)x.Count * y.Count) >= MinMeanLink;
    }

    private Tally Add(Tally tally, List<int> x, int fromX, int toX, List<int> y, int fromY, int toY)
    {
        double sum = tally.Sum;
        for (int p = fromX; p < toX; p++)
        {
            var a = views[x[p]];
            for (int q = fromY; q < toY; q++)
            {
                var b = views[y[q]];
                double s = IncidentSimilarity.Score(a, b);
                if (double.IsNegativeInfinity(s) || (a.DocumentId == b.DocumentId && !IncidentSimilarity.SameDocumentSlip(a, b, s)))
                    return tally with { RuledOut = true };
                sum += s;
            }
        }
        return tally with { Sum = sum };
    }

    /// <summary>The evidence summed over the first X reports of one group and the first Y of the other.</summary>
    private readonly record struct Tally(int X, int Y, double Sum, bool RuledOut);
}
