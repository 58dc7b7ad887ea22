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
        foreach (ulong pair in scored)
        {
            int ga = groupOf[LinkedPair.A(pair)], gb = groupOf[LinkedPair.B(pair)];
            if (ga == gb || !evidence.CanJoin(ga, groups[ga]!, gb, groups[gb]!)) continue;
            var (keep, drop) = ga < gb ? (ga, gb) : (gb, ga);
            foreach (int i in groups[drop]!) groupOf[i] = keep;
            groups[keep]!.AddRange(groups[drop]!);
            groups[drop] = null;
        }
        return groups.Where(g => g is not null).Select(g => g!).ToList();
    }

    /// <summary>
    /// The candidate pairs strong enough to link (<see cref="LinkedPair"/>), strongest first, each
    /// once. The sources are scored and each sorted in parallel, then merged as they are read: the
    /// order is fixed by the pairs alone, so it does not depend on threads, and no list of every
    /// pair is made beside the sources'. A source is let go once it is read.
    /// </summary>
    private static IEnumerable<ulong> LinkedPairs(IncidentReportView[] views)
    {
        if (views.Length > LinkedPair.MaxReports)
            throw new ArgumentException($"{views.Length} incident reports are more than one fusion can cluster ({LinkedPair.MaxReports})", nameof(views));
        var sources = IncidentCandidates.Sources(views);
        var linked = new List<ulong>?[sources.Count];
        Parallel.For(0, sources.Count, k =>
        {
            var found = new List<ulong>();
            foreach (var (a, b) in sources[k])
            {
                if (IncidentSimilarity.ScoreIfLinkable(views[a], views[b]) is not double s) continue;
                bool ok = views[a].DocumentId == views[b].DocumentId ? IncidentSimilarity.SameDocumentSlip(views[a], views[b], s) : s >= IncidentSimilarity.Threshold;
                if (ok) found.Add(LinkedPair.Of(s, a, b));
            }
            found.Sort();
            linked[k] = found;
        });
        return Merged(linked);
    }

    /// <summary>The pairs of the sorted sources in one order, each once: a pair found by several sources (or twice by one) has one score, so its copies are one number and come together.</summary>
    private static IEnumerable<ulong> Merged(List<ulong>?[] sources)
    {
        var next = new int[sources.Length];
        var queue = new PriorityQueue<int, ulong>();
        for (int k = 0; k < sources.Length; k++)
            if (sources[k]!.Count > 0) queue.Enqueue(k, sources[k]![0]);
        ulong? last = null;
        while (queue.TryDequeue(out int k, out ulong pair))
        {
            if (++next[k] < sources[k]!.Count) queue.Enqueue(k, sources[k]![next[k]]);
            else sources[k] = null;
            if (pair == last) continue;
            last = pair;
            yield return pair;
        }
    }
}
