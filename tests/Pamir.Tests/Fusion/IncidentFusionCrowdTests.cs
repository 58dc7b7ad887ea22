using Pamir.Core.Fusion;
using Pamir.Core.Incidents;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Places;
using static Pamir.Tests.Fusion.IncidentReportFixtures;

namespace Pamir.Tests.Fusion;

/// <summary>Fusion where many reports crowd one country and month: the outcome is the one a pair-by-pair reading gives.</summary>
public class IncidentFusionCrowdTests
{
    /// <summary>A made-up town on a grid of one-degree steps, far from the fixtures' towns and more than 50 km from each other.</summary>
    private static PlaceRef GridTown(int k) => new($"Town {k}", "TJ", 30.0 + k % 10, 50.0 + k / 10, 1000 + k, Kind: PlaceKind.City);

    private static List<IncidentReport> CrowdedMay(int count) =>
        Enumerable.Range(0, count)
            .Select(k => Report($"local{k:000}", EventType.Riots, $"2019-05-{k % 28 + 1:00}", GridTown(k), k % 5 + 2))
            .ToList();

    [Fact]
    public void Two_outlets_reports_of_one_riot_still_join_when_a_hundred_other_riots_crowd_the_same_month()
    {
        var reports = CrowdedMay(100);
        reports.Add(Report("reuters", EventType.Riots, "2019-05-19", Vahdat, 32, perpetrators: ["Islamic State"]));
        reports.Add(Report("rferl", EventType.Riots, "2019-05-19", Vahdat, 29, perpetrators: ["Islamic State"]));

        var incidents = IncidentFusion.Fuse(reports);

        Assert.Equal(101, incidents.Count);
        var riot = Assert.Single(incidents, i => i.Place?.Name == "Vahdat");
        Assert.Equal(["reuters", "rferl"], riot.Reports.Select(r => r.DocumentId).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Two_riots_one_outlet_reports_side_by_side_stay_apart_however_many_outlets_report_each()
    {
        // Every other outlet's reports of the two riots would link them (nearby towns, same day),
        // but the one outlet that tells them apart keeps the growing incidents apart to the end.
        var reports = new List<IncidentReport>
        {
            Report("asia-plus", EventType.Riots, "2019-05-19", Vahdat, 32, ordinal: 0),
            Report("asia-plus", EventType.Riots, "2019-05-19", Dushanbe, 5, ordinal: 1),
        };
        for (int k = 0; k < 30; k++) reports.Add(Report($"vahdat{k:00}", EventType.Riots, "2019-05-19", Vahdat, 32));
        for (int k = 0; k < 10; k++) reports.Add(Report($"dushanbe{k:00}", EventType.Riots, "2019-05-19", Dushanbe, 5));

        var incidents = IncidentFusion.Fuse(reports);

        Assert.Equal(2, incidents.Count);
        Assert.Equal(31, Assert.Single(incidents, i => i.Place?.Name == "Vahdat").Reports.Count);
        Assert.Equal(11, Assert.Single(incidents, i => i.Place?.Name == "Dushanbe").Reports.Count);
    }

    [Fact]
    public void Incidents_of_many_countries_and_months_do_not_depend_on_the_order_reports_arrive_in()
    {
        PlaceRef[] towns = [Vahdat, Dushanbe, Khujand, Khorog, Isfara, Tajikistan, Istanbul, Turkey, Moscow, Batken, Kunduz, Almaty];
        EventType[] types = [EventType.Riots, EventType.Protests, EventType.Battles, EventType.ExplosionsRemoteViolence];
        var reports = new List<IncidentReport>();
        for (int k = 0; k < 400; k++)
        {
            // Several outlets per event, some a day off, some with another toll or only the month.
            int evt = k / 4;
            string date = k % 7 == 0 ? $"2020-{evt % 12 + 1:00}" : $"2020-{evt % 12 + 1:00}-{(evt * 5 + k % 2) % 27 + 1:00}";
            reports.Add(Report($"outlet{k % 9}-{k:000}", types[evt % types.Length], date, towns[evt % towns.Length], evt % 3 == 0 ? null : evt % 6 + 2 + k % 2));
        }

        var forward = IncidentFusion.Fuse(reports).Select(Describe).ToList();
        var backward = IncidentFusion.Fuse(Enumerable.Reverse(reports)).Select(Describe).ToList();
        var shuffled = IncidentFusion.Fuse(reports.OrderBy(r => (r.DocumentId.Length * 7919 + r.DocumentId[^1] * 31 + r.DocumentId[^2]) % 101)).Select(Describe).ToList();

        Assert.True(forward.Count < reports.Count, "outlets reporting one event are fused");
        Assert.Equal(forward, backward);
        Assert.Equal(forward, shuffled);
    }

    private static string Describe(Incident incident) =>
        $"{incident.Id} {incident.Date?.ToIso()} {incident.Place?.Name} {incident.Fatalities} [{string.Join(",", incident.Reports.Select(r => r.Key))}]";
}
