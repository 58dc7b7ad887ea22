using Pamir.Core.Fusion;
using Pamir.Core.Incidents;
using Pamir.Core.Pipeline;
using Pamir.Core.Places;
using Pamir.Core.Reference;
using Pamir.Core.Text;
using Pamir.Core.Time;
using static Pamir.Tests.Fusion.IncidentReportFixtures;

namespace Pamir.Tests.Fusion;

/// <summary>
/// A gathering holds one instance of the places and name lists many reports repeat: each report
/// must still come out of fusion with its own place, its own actors in its own order and its own
/// evidence, however alike the others are.
/// </summary>
public sealed class FusionGatheringTests
{
    private static IncidentReport[] Fused(params IncidentReport[] reports)
    {
        var gathering = new FusionGathering(ReferenceData.Shared);
        foreach (var group in reports.GroupBy(r => r.DocumentId))
            gathering.Add(new DocumentFindings(group.Key, [.. group], [], [], []));
        return [.. KnowledgeFusion.Fuse(gathering, []).Incidents.SelectMany(i => i.Reports).OrderBy(r => r.Key, StringComparer.Ordinal)];
    }

    /// <summary>Every property of the report, lists item by item: one the gathering forgot to keep would come back empty.</summary>
    private static void AssertKeptAsGiven(IncidentReport given, IncidentReport kept)
    {
        foreach (var property in typeof(IncidentReport).GetProperties())
        {
            object? expected = property.GetValue(given), actual = property.GetValue(kept);
            if (expected is System.Collections.IEnumerable items and not string)
                Assert.Equal(items.Cast<object>(), ((System.Collections.IEnumerable)actual!).Cast<object>());
            else Assert.Equal(expected, actual);
        }
    }

    [Fact]
    public void A_report_with_every_detail_comes_out_of_fusion_with_every_detail()
    {
        var clash = Report("border-clash", EventType.Battles, "2022-09-16", new PlaceRef("Isfara", "TJ", 40.126, 70.625, 5, "Sughd", PlaceKind.City),
            fatalities: 41, perpetrators: ["Kyrgyz border guards"], targets: ["Tajik border guards", "villagers"], ordinal: 2, stated: "at least 41")
            with { Injured = 12, Arrested = 3, Trigger = "clashed", Evidence = [new TextSpan(4, 90)] };
        EveryPropertyGiven.In("the border clash with every detail", clash, clash.Place!);

        AssertKeptAsGiven(clash, Assert.Single(Fused(clash)));
    }

    [Fact]
    public void Reports_of_the_same_town_from_many_outlets_each_keep_their_own_place_actors_and_evidence()
    {
        var given = Enumerable.Range(0, 12).Select(i => Report($"outlet-{i:00}", EventType.Riots, "2019-05-19", Vahdat with { },
            fatalities: 30 + i % 3, perpetrators: ["inmates", "guards"], targets: i % 2 == 0 ? ["guards"] : [])
            with { Evidence = [new TextSpan(i, i + 40), new TextSpan(100 + i, 180)] }).ToArray();

        var kept = Fused(given);

        Assert.Equal(given.Length, kept.Length);
        for (int i = 0; i < given.Length; i++) AssertKeptAsGiven(given[i], kept[i]);
    }

    [Fact]
    public void Reports_without_a_date_or_toll_or_with_a_yearless_date_or_a_stated_zero_come_out_of_fusion_as_they_went_in()
    {
        var undated = Report("quiet-a", EventType.Protests, null, Isfara) with { Injured = 4, Arrested = 0, Trigger = "rally" };
        var yearless = Report("quiet-b", EventType.Riots, null, Batken) with { Date = new FuzzyDate(null, 5, 19), Fatalities = 0, FatalitiesStated = "no one was killed" };
        var decade = Report("quiet-c", EventType.StrategicDevelopments, null, Almaty) with { Date = new FuzzyDate(1990, IsDecade: true), Ordinal = 3 };

        var kept = Fused(undated, yearless, decade);

        AssertKeptAsGiven(undated, kept[0]);
        AssertKeptAsGiven(yearless, kept[1]);
        AssertKeptAsGiven(decade, kept[2]);
        Assert.Null(kept[0].Date);
        Assert.Null(kept[0].Fatalities);
        Assert.Equal(0, kept[1].Fatalities);
    }

    [Fact]
    public void Places_and_actor_lists_that_differ_in_one_detail_are_not_taken_for_one_another()
    {
        var khujand = Report("north-a", EventType.Protests, "2020-03-02", Khujand, perpetrators: ["students", "teachers"]);
        var khujandElsewhere = Report("north-b", EventType.Protests, "2020-03-02", Khujand with { CountryCode = "KG", GazetteerId = 99 },
            perpetrators: ["teachers", "students"]);
        var khujandUnresolved = Report("north-c", EventType.Protests, "2020-03-02", Khujand with { Latitude = null, Longitude = null, GazetteerId = null, Kind = PlaceKind.City },
            perpetrators: ["students"]);

        var kept = Fused(khujand, khujandElsewhere, khujandUnresolved);

        AssertKeptAsGiven(khujand, kept[0]);
        AssertKeptAsGiven(khujandElsewhere, kept[1]);
        AssertKeptAsGiven(khujandUnresolved, kept[2]);
    }
}
