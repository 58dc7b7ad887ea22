using Pamir.Core.Incidents;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Time;
using static Pamir.Core.Fusion.IncidentReportView;

namespace Pamir.Core.Fusion;

/// <summary>
/// An incident's own fields from its reports: the most precise date the majority agrees with, the
/// most specific place they agree on, the lowest stated toll with the range over sources, the
/// majority event type, every actor named; each field the sources disagree on listed with the
/// documents behind each value, and each report dated more than a month away flagged.
/// </summary>
internal static class IncidentReconciliation
{
    /// <summary>
    /// A report whose date is at least this far from the agreed date is flagged: a calendar month
    /// off ("24 June" for "24 July") is a contradiction, not a difference of a day or two.
    /// </summary>
    private const int FlagGapDays = 28;

    /// <param name="members">The views of the incident's reports, in any order.</param>
    /// <param name="id">The incident's id: <see cref="IncidentId.For"/> its first report's key.</param>
    public static Incident Build(IReadOnlyList<IncidentReportView> members, string id)
    {
        if (members.Count == 1) return Alone(members[0], id);
        var ordered = members.OrderBy(m => m.Position).ToList();
        var date = AgreedDate(ordered);
        var type = Majority(ordered.Select(m => m.EventType), t => (int)t);
        var sub = Majority(ordered.Where(m => m.EventType == type).Select(m => m.SubEventType), s => 0);
        var stated = ordered.Where(m => m.Fatalities is not null).Select(m => m.Fatalities!.Value).ToList();

        var conflicts = new List<FieldConflict>();
        AddConflict(conflicts, "event_type", ordered, m => m.EventType.ToAcled());
        AddConflict(conflicts, "sub_event_type", ordered, m => m.SubEventType, StringComparer.OrdinalIgnoreCase);
        if (ordered.Any(m => ordered.Any(o => IncidentSimilarity.GapDays(m, o) > 0)))
            AddConflict(conflicts, "date", ordered, m => m.Date?.ToIso());
        if (PlacesDisagree(ordered))
            AddConflict(conflicts, "location", ordered, m => m.Place?.Name, StringComparer.OrdinalIgnoreCase);
        AddConflict(conflicts, "fatalities", ordered, m => m.Fatalities?.ToString(System.Globalization.CultureInfo.InvariantCulture));

        return new Incident
        {
            Id = id,
            EventType = type,
            SubEventType = sub,
            Date = date?.Date,
            Place = AgreedPlace(ordered),
            Fatalities = stated.Count > 0 ? stated.Min() : null,
            FatalitiesMin = stated.Count > 0 ? stated.Min() : null,
            FatalitiesMax = stated.Count > 0 ? stated.Max() : null,
            Actors = Actors(ordered),
            Reports = ordered.Select(m => m.Report()).ToList(),
            Conflicts = conflicts,
            Flags = date is null ? [] : DateFlags(ordered, date),
        };
    }

    /// <summary>
    /// An incident only one report tells of (most of them: 8,647 of 10,388 on a 10 MB corpus): its
    /// fields are the report's, with nothing to reconcile and no source to disagree with, as
    /// <see cref="Build"/> finds them for one report without ranking or grouping anything.
    /// </summary>
    private static Incident Alone(IncidentReportView report, string id)
    {
        List<IncidentReportView> only = [report];
        return new Incident
        {
            Id = id,
            EventType = report.EventType,
            SubEventType = report.SubEventType,
            Date = report.Date,
            // A view has a place level exactly when its report has a place.
            Place = report.Place,
            Fatalities = report.Fatalities,
            FatalitiesMin = report.Fatalities,
            FatalitiesMax = report.Fatalities,
            Actors = Actors(only),
            Reports = [report.Report()],
            Conflicts = [],
            Flags = report.Date is null ? [] : DateFlags(only, report),
        };
    }

    /// <summary>
    /// Among the dates the reports state, those that more than half of the dated reports agree with
    /// (overlapping intervals); the most precise of them, then the best supported, then the earliest.
    /// Without a majority, the best-supported date.
    /// </summary>
    private static IncidentReportView? AgreedDate(List<IncidentReportView> members)
    {
        var dated = members.Where(m => m.First is not null).ToList();
        if (dated.Count == 0) return members.FirstOrDefault(m => m.Date is not null);
        IncidentReportView? best = null;
        (bool Majority, int MajorityPrecision, int Support, int Precision) bestRank = default;
        foreach (var candidate in dated)
        {
            int support = 0;
            foreach (var other in dated)
                if (IncidentSimilarity.GapDays(candidate, other) == 0) support++;
            bool majority = support * 2 > dated.Count;
            int precision = (int)candidate.Date!.Value.Precision;
            var rank = (majority, majority ? precision : 0, support, precision);
            if (best is null || Outranks(rank, candidate, bestRank, best)) (best, bestRank) = (candidate, rank);
        }
        return best;
    }

    /// <summary>Whether a date ranks before another: majority, then precision within it, support, precision, earliest, first key.</summary>
    private static bool Outranks(
        (bool Majority, int MajorityPrecision, int Support, int Precision) a, IncidentReportView va,
        (bool Majority, int MajorityPrecision, int Support, int Precision) b, IncidentReportView vb)
    {
        if (a.Majority != b.Majority) return a.Majority;
        if (a.MajorityPrecision != b.MajorityPrecision) return a.MajorityPrecision > b.MajorityPrecision;
        if (a.Support != b.Support) return a.Support > b.Support;
        if (a.Precision != b.Precision) return a.Precision > b.Precision;
        if (va.First != vb.First) return va.First < vb.First;
        return va.Position < vb.Position;
    }

    /// <remarks>
    /// Nearly every incident has no flag and one or two actors, and every incident is held until the
    /// knowledge is written: the lists are made only when there is something in them, at their size.
    /// </remarks>
    private static IReadOnlyList<string> DateFlags(List<IncidentReportView> members, IncidentReportView agreed)
    {
        List<string>? flags = null;
        foreach (var m in members)
            if (IncidentSimilarity.GapDays(m, agreed) >= FlagGapDays)
                (flags ??= []).Add($"{m.Key}: dated {m.Date!.Value.ToIso()}, a month or more from {agreed.Date!.Value.ToIso()}");
        return flags is null ? [] : flags;
    }

    /// <summary>The most specific place that the reports agree with (a town inside the country others name), best supported first.</summary>
    private static PlaceRef? AgreedPlace(List<IncidentReportView> members) =>
        members.Where(m => m.Level != PlaceLevel.None)
            .OrderByDescending(m => (int)m.Level)
            .ThenByDescending(m => members.Count(o => o.PlaceIdentity == m.PlaceIdentity))
            .ThenByDescending(m => m.Coordinates is not null)
            .ThenBy(m => m.Position)
            .Select(m => m.Place)
            .FirstOrDefault();

    /// <summary>Sources disagree on the place when two of them name different towns or regions (a country-level report does not disagree).</summary>
    private static bool PlacesDisagree(List<IncidentReportView> members)
    {
        var specific = members.Where(m => m.Level is PlaceLevel.City or PlaceLevel.Region).ToList();
        foreach (var a in specific)
            foreach (var b in specific)
                if (a.PlaceIdentity != b.PlaceIdentity && !IncidentNameFold.WordsWithin(a.PlaceName!, b.PlaceName!)) return true;
        return false;
    }

    private static IReadOnlyList<string> Actors(List<IncidentReportView> members)
    {
        var seen = new HashSet<string>();
        var actors = new List<string>();
        foreach (var m in members)
            foreach (var actor in m.Perpetrators.Concat(m.Targets))
                if (IncidentNameFold.Fold(actor) is { Length: > 0 } folded && seen.Add(folded)) actors.Add(actor.Trim());
        return actors.Count == 0 ? [] : [.. actors];
    }

    private static T Majority<T>(IEnumerable<T> values, Func<T, int> tieBreak) where T : notnull =>
        values.GroupBy(v => v).OrderByDescending(g => g.Count()).ThenBy(g => tieBreak(g.Key)).First().Key;

    /// <summary>Lists the field when reports state more than one value for it: each value with the documents stating it.</summary>
    private static void AddConflict(List<FieldConflict> conflicts, string field, List<IncidentReportView> members,
        Func<IncidentReportView, string?> value, IEqualityComparer<string>? comparer = null)
    {
        comparer ??= StringComparer.Ordinal;
        // Most fields have one value across an incident's reports: nothing to list.
        string? first = null;
        bool several = false;
        foreach (var m in members)
        {
            if (value(m) is not { Length: > 0 } v) continue;
            if (first is null) first = v;
            else if (!comparer.Equals(first, v))
            {
                several = true;
                break;
            }
        }
        if (!several) return;
        var byValue = new Dictionary<string, List<string>>(comparer);
        foreach (var m in members)
        {
            if (value(m) is not { Length: > 0 } v) continue;
            if (!byValue.TryGetValue(v, out var docs)) byValue[v] = docs = [];
            if (!docs.Contains(m.DocumentId)) docs.Add(m.DocumentId);
        }
        if (byValue.Count > 1)
            conflicts.Add(new FieldConflict(field, byValue.ToDictionary(kv => kv.Key, kv => (IReadOnlyList<string>)kv.Value)));
    }
}
