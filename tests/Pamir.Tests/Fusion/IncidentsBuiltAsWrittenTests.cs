using System.Text.Json;
using Pamir.Core.Fusion;
using Pamir.Core.Incidents;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Pipeline;
using Pamir.Core.Reference;
using Pamir.Storage.Serialization;
using static Pamir.Tests.Fusion.IncidentReportFixtures;

namespace Pamir.Tests.Fusion;

/// <summary>
/// Fusion hands a store its incidents grouped but not built, in id order, so that the store builds
/// and writes them a chunk at a time and never holds every incident with its reports: built in any
/// chunks, they must be the incidents fused as one list, each built once.
/// </summary>
public sealed class IncidentsBuiltAsWrittenTests
{
    /// <summary>Riots months apart in five towns; every seventh is told by a second outlet as well.</summary>
    internal static List<IncidentReport> Riots(int count, int changedFatalities = -1)
    {
        PlaceRef[] towns = [Vahdat, Khujand, Khorog, Batken, Almaty];
        var reports = new List<IncidentReport>();
        for (int n = 0; n < count; n++)
        {
            string date = new DateOnly(1990, 1, 1).AddDays(n * 61).ToString("yyyy-MM-dd");
            int fatalities = n == changedFatalities ? 99 : n % 9 + 1;
            reports.Add(Report($"daily-{n:0000}", EventType.Riots, date, towns[n % towns.Length], fatalities));
            if (n % 7 == 0) reports.Add(Report($"weekly-{n:0000}", EventType.Riots, date, towns[n % towns.Length], fatalities));
        }
        return reports;
    }

    /// <summary>The reports gathered as an ingest gathers them, a document at a time.</summary>
    internal static FusionGathering Gathered(IEnumerable<IncidentReport> reports)
    {
        var gathering = new FusionGathering(ReferenceData.Shared);
        foreach (var document in reports.GroupBy(r => r.DocumentId))
            gathering.Add(new DocumentFindings(document.Key, [.. document], [], [], []));
        return gathering;
    }

    private static string Json(Incident incident) => JsonSerializer.Serialize(incident, StorageJson.Options);

    [Fact]
    public async Task Incidents_built_a_few_at_a_time_in_id_order_are_the_incidents_fused_as_one_list()
    {
        var reports = Riots(100);
        var whole = KnowledgeFusion.Fuse(Gathered(reports), []).Incidents;
        var fused = await KnowledgeFusion.Start(Gathered(reports), []).Incidents;

        var built = new List<Incident>();
        for (int from = 0; from < fused.Ids.Count; from += 7) built.AddRange(fused.Build(from, Math.Min(from + 7, fused.Ids.Count)));

        Assert.Equal(100, whole.Count);
        Assert.Equal(whole.Select(i => i.Id).Order(StringComparer.Ordinal), fused.Ids);
        Assert.Equal(fused.Ids, built.Select(i => i.Id));
        Assert.Equal(whole.OrderBy(i => i.Id, StringComparer.Ordinal).Select(Json), built.Select(Json));
        Assert.Equal(15, built.Count(i => i.Reports.Count == 2));
    }

    [Fact]
    public async Task An_incident_is_built_once_for_its_reports_are_let_go_as_it_is_built()
    {
        var fused = await KnowledgeFusion.Start(Gathered(Riots(3)), []).Incidents;
        fused.Build(1, 2);

        var error = Assert.Throws<InvalidOperationException>(() => fused.Build(0, 2));
        Assert.Contains(fused.Ids[1], error.Message);
    }

    [Fact]
    public void Incidents_fused_already_are_handed_over_in_id_order()
    {
        var incidents = IncidentFusion.Fuse(Riots(20));

        var handed = FusedIncidents.Of(incidents);

        Assert.Equal(incidents.Select(i => i.Id).Order(StringComparer.Ordinal), handed.Ids);
        Assert.Equal(handed.Ids, handed.Build(0, handed.Ids.Count).Select(i => i.Id));
    }
}
