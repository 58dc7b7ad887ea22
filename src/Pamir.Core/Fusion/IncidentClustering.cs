namespace Pamir.Core.Fusion;

/// <summary>
/// Groups reports into incidents: candidate pairs are joined strongest first, and two groups join
/// only when no two of their reports rule each other out, two reports of one document join only
/// when near-identical (a document gives one report per incident), and their reports agree on average. This keeps a
/// country-level report from chaining two different towns' events together.
/// </summary>
internal static class IncidentClustering
{
    /// <summary>Mean evidence between the reports of two groups needed to join them.</summary>
    private const double MinMeanLink = 2.0;

    public static List<List<int>> Cluster(IReadOnlyList<IncidentReportView> views)
    {
        var scored = new List<(double Score, int A, int B)>();
        // A pair found by several blocks is scored once.
        var compared = new HashSet<long>();
        foreach (var (a, b) in IncidentCandidates.Pairs(views))
        {
            if (!compared.Add((long)a * views.Count + b)) continue;
            double s = IncidentSimilarity.Score(views[a], views[b]);
            bool ok = views[a].DocumentId == views[b].DocumentId ? IncidentSimilarity.SameDocumentSlip(views[a], views[b], s) : s >= IncidentSimilarity.Threshold;
            if (ok) scored.Add((s, a, b));
        }
        scored.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));

        var groupOf = new int[views.Count];
        var groups = new List<List<int>?>(views.Count);
        for (int i = 0; i < views.Count; i++)
        {
            groupOf[i] = i;
            groups.Add([i]);
        }
        foreach (var (_, a, b) in scored)
        {
            int ga = groupOf[a], gb = groupOf[b];
            if (ga == gb || !CanJoin(views, groups[ga]!, groups[gb]!)) continue;
            var (keep, drop) = ga < gb ? (ga, gb) : (gb, ga);
            foreach (int i in groups[drop]!) groupOf[i] = keep;
            groups[keep]!.AddRange(groups[drop]!);
            groups[drop] = null;
        }
        return groups.Where(g => g is not null).Select(g => g!).ToList();
    }

    private static bool CanJoin(IReadOnlyList<IncidentReportView> views, List<int> x, List<int> y)
    {
        double sum = 0;
        foreach (int i in x)
            foreach (int j in y)
            {
                double s = IncidentSimilarity.Score(views[i], views[j]);
                if (double.IsNegativeInfinity(s)) return false;
                if (views[i].DocumentId == views[j].DocumentId && !IncidentSimilarity.SameDocumentSlip(views[i], views[j], s)) return false;
                sum += s;
            }
        return sum / (x.Count * y.Count) >= MinMeanLink;
    }
}
