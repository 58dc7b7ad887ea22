namespace Pamir.Core.Fusion;

/// <summary>
/// Groups reports into incidents: candidate pairs are joined strongest first, and two groups join
/// only when no two of their reports rule each other out, two reports of one document join only
/// when near-identical (a document gives one report per incident), and their reports agree on average. This keeps a
/// country-level report from chaining two different towns' events together.
/// </summary>
internal static class IncidentClustering
{
    public static List<List<int>> Cluster(IReadOnlyList<IncidentReportView> views)
    {
        var scored = LinkedPairs([.. views]);
        var groupOf = new int[views.Count];
        var groups = new List<List<int>?>(views.Count);
        for (int i = 0; i < views.Count; i++)
        {
            groupOf[i] = i;
            groups.Add([i]);
        }
        var evidence = new IncidentGroupEvidence(views);
        foreach (var (_, a, b) in scored)
        {
            int ga = groupOf[a], gb = groupOf[b];
            if (ga == gb || !evidence.CanJoin(ga, groups[ga]!, gb, groups[gb]!)) continue;
            var (keep, drop) = ga < gb ? (ga, gb) : (gb, ga);
            foreach (int i in groups[drop]!) groupOf[i] = keep;
            groups[keep]!.AddRange(groups[drop]!);
            groups[drop] = null;
        }
        return groups.Where(g => g is not null).Select(g => g!).ToList();
    }

    /// <summary>
    /// The candidate pairs strong enough to link, strongest first, each once. The sources are
    /// scored in parallel; the order is fixed by the sort alone, so it does not depend on threads.
    /// </summary>
    private static List<(double Score, int A, int B)> LinkedPairs(IncidentReportView[] views)
    {
        var sources = IncidentCandidates.Sources(views);
        var linked = new List<(double Score, int A, int B)>[sources.Count];
        Parallel.For(0, sources.Count, k =>
        {
            var found = new List<(double Score, int A, int B)>();
            foreach (var (a, b) in sources[k])
            {
                if (IncidentSimilarity.ScoreIfLinkable(views[a], views[b]) is not double s) continue;
                bool ok = views[a].DocumentId == views[b].DocumentId ? IncidentSimilarity.SameDocumentSlip(views[a], views[b], s) : s >= IncidentSimilarity.Threshold;
                if (ok) found.Add((s, a, b));
            }
            linked[k] = found;
        });
        var scored = new List<(double Score, int A, int B)>(linked.Sum(l => l.Count));
        foreach (var found in linked) scored.AddRange(found);
        scored.Sort((x, y) => y.Score != x.Score ? y.Score.CompareTo(x.Score) : x.A != y.A ? x.A.CompareTo(y.A) : x.B.CompareTo(y.B));
        // A pair found by several blocks (or twice by one) has one score, so its copies are adjacent.
        int kept = 0;
        for (int i = 0; i < scored.Count; i++)
            if (kept == 0 || scored[kept - 1].A != scored[i].A || scored[kept - 1].B != scored[i].B)
                scored[kept++] = scored[i];
        scored.RemoveRange(kept, scored.Count - kept);
        return scored;
    }
}
