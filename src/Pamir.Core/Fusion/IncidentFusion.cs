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
        var strings = new SharedStrings();
        var places = new SharedPlaces(strings);
        var gathered = new List<GatheredReport>();
        foreach (var report in reports) gathered.Add(new GatheredReport(report, strings, places));
        return Start([.. gathered], actorId).All();
    }

    /// <summary>
    /// Groups the reports into incidents and returns them unbuilt, in id order: a store builds and
    /// writes them a chunk at a time, so that every incident with its reports is never held at once.
    /// Each report is held only as its view until its incident is built.
    /// </summary>
    /// <param name="reports">Every report as gathered, in any order; keys must be unique. Its order is changed.</param>
    internal static FusedIncidents Start(GatheredReport[] reports, Func<string, string, string?>? actorId)
    {
        var views = Views(reports, actorId);
        var groups = IncidentClustering.Cluster(views!).ToArray();
        // An incident's id is its first report's: the lowest position in its group, the views being in key order.
        var ids = new string[groups.Length];
        for (int g = 0; g < groups.Length; g++) ids[g] = IncidentId.For(views[groups[g].Min()]!.Key);
        Array.Sort(ids, groups, StringComparer.Ordinal);
        return new FusedIncidents(ids, g => Build(g, ids[g], groups, views));
    }

    /// <summary>The reports' views, in key order; the keys are made only to sort them.</summary>
    private static IncidentReportView?[] Views(GatheredReport[] reports, Func<string, string, string?>? actorId)
    {
        var keys = new string[reports.Length];
        for (int i = 0; i < keys.Length; i++) keys[i] = reports[i].Key();
        Array.Sort(keys, reports, StringComparer.Ordinal);
        for (int i = 1; i < keys.Length; i++)
            if (keys[i] == keys[i - 1])
                throw new ArgumentException($"incident report {keys[i]} is given twice: each document's reports must be fused once", nameof(reports));

        var names = new IncidentViewNames();
        var views = new IncidentReportView?[reports.Length];
        for (int i = 0; i < views.Length; i++) views[i] = new IncidentReportView(in reports[i], i, actorId, names);
        return views;
    }

    /// <summary>Builds one incident and lets go of its views: no other incident reads them, each view being in one group.</summary>
    private static Incident Build(int g, string id, List<int>?[] groups, IncidentReportView?[] views)
    {
        var group = groups[g] ?? throw new InvalidOperationException($"incident {id} was built already: each incident is built once");
        groups[g] = null;
        var members = new IncidentReportView[group.Count];
        for (int k = 0; k < members.Length; k++)
        {
            members[k] = views[group[k]]!;
            views[group[k]] = null;
        }
        return IncidentReconciliation.Build(members, id);
    }
}
