using Pamir.Core.Incidents;
using Pamir.Core.KnowledgeBase;

namespace Pamir.Core.Fusion;

/// <summary>
/// Fuses incident reports from all documents into incidents, one per real event. A pure function
/// of the set of reports: the input order does not matter, re-adding a document changes nothing
/// and leaving one out retracts exactly its reports.
/// </summary>
public static class IncidentFusion
{
    /// <param name="reports">Every document's incident reports; keys (document#ordinal) must be unique.</param>
    /// <param name="actorId">
    /// The id of the actor a document's name stands for ("IS" in one document and "Islamic State"
    /// in another both resolve to one actor), or null; when actor resolution has run, outlets that
    /// name one actor differently still count as agreeing.
    /// </param>
    public static IReadOnlyList<Incident> Fuse(IEnumerable<IncidentReport> reports, Func<string, string, string?>? actorId = null)
    {
        ArgumentNullException.ThrowIfNull(reports);
        var unique = new Dictionary<string, IncidentReport>(StringComparer.Ordinal);
        foreach (var report in reports)
            if (!unique.TryAdd(report.Key, report))
                throw new ArgumentException($"incident report {report.Key} is given twice: each document's reports must be fused once", nameof(reports));

        var names = new IncidentViewNames();
        var views = unique
            .OrderBy(r => r.Key, StringComparer.Ordinal)
            .Select(r => new IncidentReportView(r.Value, actorId, names))
            .ToArray();
        var groups = IncidentClustering.Cluster(views);
        var incidents = new Incident[groups.Count];
        // Each incident is built from its own reports alone, so they are built on several cores;
        // its views are let go as soon as it is built, so that the incidents do not pile up on top of every view.
        Parallel.For(0, groups.Count, g =>
        {
            incidents[g] = IncidentReconciliation.Build(Members(groups[g], views));
            // No other incident reads them: each view is in one group.
            foreach (int k in groups[g]) views[k] = null!;
        });
        return incidents
            .OrderBy(i => i.Date?.First ?? DateOnly.MaxValue)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();
    }

    private static IncidentReportView[] Members(List<int> group, IncidentReportView[] views)
    {
        var members = new IncidentReportView[group.Count];
        for (int k = 0; k < members.Length; k++) members[k] = views[group[k]];
        return members;
    }
}
