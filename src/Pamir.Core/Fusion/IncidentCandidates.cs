using System.Runtime.InteropServices;

namespace Pamir.Core.Fusion;

/// <summary>
/// The pairs of reports worth comparing, found by blocking so that fusion stays near O(n log n)
/// on hundreds of thousands of reports. Reports are blocked by country and event-type family
/// (a report without a country joins every block of its family). Within a block, finely dated
/// reports are compared with their neighbours in date order; reports dated only to a year, or
/// not at all, and dates a year apart on the same day, are compared only with reports that share
/// a specific place, a named actor or a death toll with them.
/// </summary>
internal static class IncidentCandidates
{
    /// <summary>Bound on the neighbours one report is compared with, so one dense block cannot go quadratic.</summary>
    private const int MaxNeighbours = 400;

    /// <summary>
    /// Candidate pairs (a &lt; b) in independent sources (one per block, then the border cells and
    /// the shared tolls), so that they can be scored on several cores; a pair may come more than
    /// once, from one source or several.
    /// </summary>
    public static List<IEnumerable<(int A, int B)>> Sources(IncidentReportView[] views)
    {
        var sources = new List<IEnumerable<(int A, int B)>>();
        foreach (var block in Blocks(views))
            sources.Add(Ordered(PairsInBlock(views, block)));
        sources.Add(Ordered(AcrossBorders(views)));
        sources.Add(Ordered(SameToll(views)));
        return sources;
    }

    private static IEnumerable<(int A, int B)> Ordered(IEnumerable<(int, int)> pairs)
    {
        foreach (var (a, b) in pairs)
            if (a != b) yield return a < b ? (a, b) : (b, a);
    }

    /// <summary>Day-dated reports in one country with the same death toll within a day, whatever their event types.</summary>
    private static IEnumerable<(int, int)> SameToll(IncidentReportView[] views)
    {
        var groups = new Dictionary<(string Country, int Toll), List<int>>();
        for (int i = 0; i < views.Length; i++)
        {
            var v = views[i];
            if (v.Country is not string country || v.Fatalities is not (int toll and >= 2) || v.Date?.Precision != Time.DatePrecision.Day) continue;
            if (!groups.TryGetValue((country, toll), out var list)) groups[(country, toll)] = list = [];
            list.Add(i);
        }
        foreach (var list in groups.Values)
        {
            SortByDate(views, list);
            for (int x = 0; x < list.Count; x++)
                for (int y = x + 1; y < list.Count && y - x <= MaxNeighbours && views[list[y]].First <= views[list[x]].First + 1; y++)
                    if (views[list[x]].Family != views[list[y]].Family) yield return (list[x], list[y]);
        }
    }

    /// <summary>
    /// Towns within reach of each other in different countries (a border clash placed on either
    /// side): blocked by one-degree cells, each report entered in its cell and the eight around it.
    /// </summary>
    private static IEnumerable<(int, int)> AcrossBorders(IncidentReportView[] views)
    {
        var cells = new Dictionary<(int Family, int Lat, int Lon), List<int>>();
        for (int i = 0; i < views.Length; i++)
        {
            if (views[i].Coordinates is not { } c || views[i].Country is null || !views[i].IsFineDate) continue;
            int lat = (int)Math.Floor(c.Lat), lon = (int)Math.Floor(c.Lon);
            for (int dLat = -1; dLat <= 1; dLat++)
                for (int dLon = -1; dLon <= 1; dLon++)
                {
                    var key = (views[i].Family, lat + dLat, lon + dLon);
                    if (!cells.TryGetValue(key, out var list)) cells[key] = list = [];
                    list.Add(i);
                }
        }
        foreach (var ((_, lat, lon), list) in cells)
        {
            if (!SeveralCountries(views, list)) continue;
            // Each country's reports in date order: a report is compared with the first reports of
            // the other countries in the cell within its window, in the cell's date order.
            var byCountry = new Dictionary<string, List<int>>(StringComparer.Ordinal);
            foreach (int i in list)
            {
                if (!byCountry.TryGetValue(views[i].Country!, out var own)) byCountry[views[i].Country!] = own = [];
                own.Add(i);
            }
            if (byCountry.Count < 2) continue;
            foreach (var own in byCountry.Values) SortByDate(views, own);
            foreach (var (country, own) in byCountry)
                foreach (int x in own)
                {
                    var a = views[x];
                    if ((int)Math.Floor(a.Coordinates!.Value.Lat) != lat || (int)Math.Floor(a.Coordinates!.Value.Lon) != lon) continue;
                    int from = a.First!.Value - IncidentSimilarity.MaxFineGapDays - 31, to = a.Last!.Value + IncidentSimilarity.MaxFineGapDays;
                    foreach (int y in FirstAcross(views, byCountry, country, from, to))
                        yield return (x, y);
                }
        }
    }

    /// <summary>The first reports (at most <see cref="MaxNeighbours"/>) of other countries than the given one dated from..to, in date order.</summary>
    private static IEnumerable<int> FirstAcross(IncidentReportView[] views, Dictionary<string, List<int>> byCountry, string country, int from, int to)
    {
        var found = new List<int>();
        foreach (var (other, reports) in byCountry)
        {
            if (other == country) continue;
            for (int k = LowerBound(views, reports, from), taken = 0; k < reports.Count && taken < MaxNeighbours && views[reports[k]].First <= to; k++, taken++)
                found.Add(reports[k]);
        }
        if (byCountry.Count == 2) return found;
        SortByDate(views, found);
        return found.Count > MaxNeighbours ? found.GetRange(0, MaxNeighbours) : found;
    }

    private static IEnumerable<List<int>> Blocks(IncidentReportView[] views)
    {
        var blocks = new Dictionary<(string Country, int Family), List<int>>();
        var placeless = new List<int>();
        for (int i = 0; i < views.Length; i++)
        {
            if (views[i].Country is not string country) { placeless.Add(i); continue; }
            var key = (country, views[i].Family);
            if (!blocks.TryGetValue(key, out var list)) blocks[key] = list = [];
            list.Add(i);
        }
        foreach (int i in placeless)
        {
            bool joined = false;
            foreach (var (key, list) in blocks)
                if (key.Family == views[i].Family) { list.Add(i); joined = true; }
            if (!joined) blocks[("", views[i].Family)] = [i];
        }
        return blocks.Values;
    }

    private static IEnumerable<(int, int)> PairsInBlock(IncidentReportView[] views, List<int> block)
    {
        var fine = new List<int>();
        foreach (int i in block)
            if (views[i].IsFineDate) fine.Add(i);
        SortByDate(views, fine);
        var firsts = new int[fine.Count];
        for (int x = 0; x < fine.Count; x++) firsts[x] = views[fine[x]].First!.Value;
        for (int x = 0; x < fine.Count; x++)
        {
            int limit = views[fine[x]].Last!.Value + IncidentSimilarity.MaxFineGapDays;
            for (int y = x + 1; y < fine.Count && y - x <= MaxNeighbours && firsts[y] <= limit; y++)
                yield return (fine[x], fine[y]);
        }

        // Each key's reports in date order, the key numbered in the order first met.
        var keyNumbers = new Dictionary<(char, string?, int), int>();
        var byKey = new List<List<int>>();
        // A day-dated report under each of its keys, in date order: sorted, the reports of one key
        // on one day of the year come together, in date order still. Most keys on most days hold
        // one report, so a list for each would mostly hold one.
        var sameDay = new List<(int Key, int MonthDay, int Rank, int Report)>();
        var keys = new List<(char, string?, int)>();
        var byDate = new List<int>(block);
        SortByDate(views, byDate);
        for (int rank = 0; rank < byDate.Count; rank++)
        {
            int i = byDate[rank];
            LookupKeys(views[i], keys);
            foreach (var key in keys)
            {
                ref int number = ref CollectionsMarshal.GetValueRefOrAddDefault(keyNumbers, key, out bool known);
                if (!known)
                {
                    number = byKey.Count;
                    byKey.Add([]);
                }
                byKey[number].Add(i);
                if (views[i].Date is { Year: not null, Month: int m, Day: int d }) sameDay.Add((number, m * 32 + d, rank, i));
            }
        }

        foreach (var list in byKey)
        {
            for (int x = 0; x < list.Count; x++)
            {
                var a = views[list[x]];
                if (a.IsFineDate) continue;
                foreach (int other in Near(views, list, a))
                    yield return (list[x], other);
            }
        }

        // "19 May 2018" in one report, "19 May 2019" in another: compared despite the year between them.
        sameDay.Sort();
        for (int start = 0, end; start < sameDay.Count; start = end)
        {
            for (end = start + 1; end < sameDay.Count && sameDay[end].Key == sameDay[start].Key && sameDay[end].MonthDay == sameDay[start].MonthDay; end++) { }
            for (int x = start; x < end; x++)
                for (int y = x + 1; y < end && y - x <= MaxNeighbours; y++)
                    if (Math.Abs(views[sameDay[x].Report].Date!.Value.Year!.Value - views[sameDay[y].Report].Date!.Value.Year!.Value) == 1)
                        yield return (sameDay[x].Report, sameDay[y].Report);
        }
    }

    /// <summary>Reports in a date-sorted key list within a year of a coarsely dated (or undated) report.</summary>
    private static IEnumerable<int> Near(IncidentReportView[] views, List<int> list, IncidentReportView a)
    {
        int count = 0;
        if (a.First is not int first)
        {
            foreach (int other in list)
                if (++count > MaxNeighbours) yield break;
                else yield return other;
            yield break;
        }
        int from = first - IncidentSimilarity.MaxCoarseGapDays, to = a.Last!.Value + IncidentSimilarity.MaxCoarseGapDays;
        for (int k = LowerBound(views, list, from); k < list.Count && count < MaxNeighbours; k++, count++)
        {
            int? f = views[list[k]].First;
            if (f is null || f > to) break;
            yield return list[k];
        }
        // Undated reports sort last; they share the key and may still be the same event.
        for (int k = list.Count - 1; k >= 0 && views[list[k]].First is null && count < MaxNeighbours; k--, count++)
            yield return list[k];
    }

    /// <summary>
    /// What a report can be looked up by, in place of the keys listed before: its specific place,
    /// each named actor, a death toll of two or more. Listed once per report and block, so one list serves.
    /// </summary>
    private static void LookupKeys(IncidentReportView view, List<(char Kind, string? Name, int Toll)> keys)
    {
        keys.Clear();
        if (view.SpecificPlaceKey is string place) keys.Add(('p', place, 0));
        foreach (var actor in view.NamedActors) keys.Add(('a', actor, 0));
        if (view.Fatalities is >= 2 and int n) keys.Add(('f', null, n));
    }

    private static bool SeveralCountries(IncidentReportView[] views, List<int> reports)
    {
        foreach (int i in reports)
            if (views[i].Country != views[reports[0]].Country) return true;
        return false;
    }

    /// <summary>
    /// Sorts reports by first day (undated last), then by position. One number per report holds
    /// both, so the sort compares numbers: border cells are sorted once per neighbouring cell.
    /// </summary>
    private static void SortByDate(IncidentReportView[] views, List<int> reports)
    {
        var keys = new long[reports.Count];
        for (int k = 0; k < keys.Length; k++) keys[k] = ((long)(views[reports[k]].First ?? int.MaxValue) << 32) | (uint)reports[k];
        Array.Sort(keys);
        for (int k = 0; k < keys.Length; k++) reports[k] = (int)(keys[k] & uint.MaxValue);
    }

    /// <summary>The first position in a list sorted by first day (undated last) whose first day is not before the given day.</summary>
    private static int LowerBound(IncidentReportView[] views, List<int> sorted, int day)
    {
        int lo = 0, hi = sorted.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) / 2;
            if ((views[sorted[mid]].First ?? int.MaxValue) < day) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
