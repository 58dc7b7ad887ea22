using Pamir.Core.Fusion;
using Pamir.Core.Incidents;
using Pamir.Core.Actors;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Pipeline;
using static Pamir.Tests.Fusion.IncidentReportFixtures;

namespace Pamir.Tests.Fusion;

public class IncidentFusionTests
{
    private static readonly string[] IslamicState = ["Islamic State"];

    private static IncidentReport[] VahdatRiot() =>
    [
        Report("reuters", EventType.Riots, "2019-05-19", Vahdat, 32, perpetrators: IslamicState, stated: "at least 32"),
        Report("rferl", EventType.Riots, "2019-05-19", Vahdat, 29, perpetrators: IslamicState),
        Report("eurasianet", EventType.Riots, "2019-05-20", Vahdat, null, perpetrators: ["IS prisoners"], stated: "dozens"),
    ];

    [Fact]
    public void Three_outlets_reporting_the_Vahdat_riot_with_32_29_and_dozens_dead_become_one_incident_with_fatalities_29_and_range_29_to_32()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(VahdatRiot()));

        Assert.Equal(3, incident.Reports.Count);
        Assert.Equal(29, incident.Fatalities);
        Assert.Equal(29, incident.FatalitiesMin);
        Assert.Equal(32, incident.FatalitiesMax);
        Assert.Equal("2019-05-19", incident.Date?.ToIso());
        Assert.Equal("Vahdat", incident.Place?.Name);
        Assert.Equal(EventType.Riots, incident.EventType);
        var fatalities = Assert.Single(incident.Conflicts, c => c.Field == "fatalities");
        Assert.Equal(["reuters"], fatalities.DocumentsByValue["32"]);
        Assert.Equal(["rferl"], fatalities.DocumentsByValue["29"]);
        Assert.Empty(incident.Flags);
    }

    [Fact]
    public void An_incident_whose_sources_give_no_number_has_no_death_toll()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("a", EventType.Protests, "2016-05-19", Dushanbe, null, perpetrators: ["Group 24"]),
            Report("b", EventType.Protests, "2016-05-19", Dushanbe, null, perpetrators: ["Group 24"]),
        ]));

        Assert.Null(incident.Fatalities);
        Assert.Null(incident.FatalitiesMin);
        Assert.DoesNotContain(incident.Conflicts, c => c.Field == "fatalities");
    }

    [Fact]
    public void A_stated_no_one_killed_is_a_toll_of_zero_and_the_lowest_figure()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("a", EventType.ViolenceAgainstCivilians, "2012-01-11", Moscow, 0, targets: ["Dodojon Atovulloyev"]),
            Report("b", EventType.ViolenceAgainstCivilians, "2012-01-11", Moscow, 1, targets: ["Dodojon Atovulloyev"]),
        ]));

        Assert.Equal(0, incident.Fatalities);
        Assert.Equal(1, incident.FatalitiesMax);
    }

    [Fact]
    public void Two_prison_riots_in_the_same_town_six_years_apart_stay_apart()
    {
        var incidents = IncidentFusion.Fuse(
        [
            Report("a", EventType.Riots, "2013-11-07", Vahdat, 3, perpetrators: IslamicState),
            Report("b", EventType.Riots, "2019-05-19", Vahdat, 32, perpetrators: IslamicState),
            Report("c", EventType.Riots, "2019-05", Vahdat, 32, perpetrators: IslamicState),
        ]);

        Assert.Equal(2, incidents.Count);
        Assert.Equal(["a"], incidents[0].Reports.Select(r => r.DocumentId));
        Assert.Equal(["b", "c"], incidents[1].Reports.Select(r => r.DocumentId));
    }

    [Fact]
    public void A_protest_and_the_killing_that_sparked_it_stay_apart()
    {
        var incidents = IncidentFusion.Fuse(
        [
            Report("a", EventType.ViolenceAgainstCivilians, "2022-05-14", Khorog, 1, targets: ["Gulbiddin Ziyobekov"]),
            Report("b", EventType.Protests, "2022-05-15", Khorog, null, subEvent: "Peaceful protest", targets: ["Gulbiddin Ziyobekov"]),
            Report("c", EventType.Protests, "2022-05-15", Khorog, null, subEvent: "Peaceful protest"),
        ]);

        Assert.Equal(2, incidents.Count);
        Assert.Contains(incidents, i => i.EventType == EventType.ViolenceAgainstCivilians && i.Reports.Count == 1);
        Assert.Contains(incidents, i => i.EventType == EventType.Protests && i.Reports.Count == 2);
    }

    [Fact]
    public void An_attack_and_the_arrests_that_followed_stay_apart()
    {
        var incidents = IncidentFusion.Fuse(
        [
            Report("a", EventType.ViolenceAgainstCivilians, "2024-03-22", Moscow, 145, perpetrators: ["ISIS-K"]),
            Report("b", EventType.StrategicDevelopments, "2024-03-23", Moscow, null, subEvent: "Arrests", perpetrators: ["FSB"]),
        ]);

        Assert.Equal(2, incidents.Count);
    }

    [Fact]
    public void A_report_dated_a_year_off_joins_the_incident_others_agree_on_and_is_flagged()
    {
        var incidents = IncidentFusion.Fuse(
        [
            Report("tass", EventType.ViolenceAgainstCivilians, "2024-03-22", Moscow, 145, perpetrators: ["ISIS-K"]),
            Report("bbc", EventType.ViolenceAgainstCivilians, "2024-03-22", Moscow, 137, perpetrators: ["ISIS-K"]),
            Report("thinktank", EventType.ViolenceAgainstCivilians, "2023", Moscow, null, perpetrators: ["ISIS-K"]),
        ]);

        var incident = Assert.Single(incidents);
        Assert.Equal("2024-03-22", incident.Date?.ToIso());
        var flag = Assert.Single(incident.Flags);
        Assert.StartsWith("thinktank#0", flag);
        var date = Assert.Single(incident.Conflicts, c => c.Field == "date");
        Assert.Equal(["thinktank"], date.DocumentsByValue["2023"]);
    }

    [Fact]
    public void A_report_dated_the_same_day_a_year_earlier_joins_the_attack_in_the_same_town_while_another_town_that_day_stays_apart()
    {
        var incidents = IncidentFusion.Fuse(
        [
            Report("tass", EventType.ViolenceAgainstCivilians, "2024-03-22", Moscow, 145, perpetrators: ["ISIS-K"]),
            Report("bbc", EventType.ViolenceAgainstCivilians, "2024-03-22", Moscow, 137, perpetrators: ["ISIS-K"]),
            Report("slip", EventType.ViolenceAgainstCivilians, "2023-03-22", Moscow, 145, perpetrators: ["ISIS-K"]),
            Report("other", EventType.ViolenceAgainstCivilians, "2023-03-22", Almaty, 3),
        ]);

        Assert.Equal(2, incidents.Count);
        var attack = Assert.Single(incidents, i => i.Reports.Count == 3);
        Assert.Equal("2024-03-22", attack.Date?.ToIso());
        Assert.Contains(attack.Flags, f => f.StartsWith("slip#0", StringComparison.Ordinal));
    }

    [Fact]
    public void A_report_a_year_off_with_nothing_else_in_common_stays_apart()
    {
        var incidents = IncidentFusion.Fuse(
        [
            Report("a", EventType.ViolenceAgainstCivilians, "2024-03-22", Moscow, 145, perpetrators: ["ISIS-K"]),
            Report("b", EventType.ViolenceAgainstCivilians, "2023", Moscow, null),
        ]);

        Assert.Equal(2, incidents.Count);
    }

    [Fact]
    public void A_month_only_report_joins_the_day_its_neighbours_give()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("a", EventType.Riots, "2018-11-07", Khujand, 26, perpetrators: IslamicState),
            Report("b", EventType.Riots, "2018-11", Khujand, 26, perpetrators: ["IS"]),
        ]));

        Assert.Equal("2018-11-07", incident.Date?.ToIso());
        Assert.DoesNotContain(incident.Conflicts, c => c.Field == "date");
    }

    [Fact]
    public void The_most_precise_date_the_majority_agrees_with_wins_over_a_lone_dissenter()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("a", EventType.Riots, "2019-05-19", Vahdat, 32),
            Report("b", EventType.Riots, "2019-05-19", Vahdat, 32),
            Report("c", EventType.Riots, "2019-05-20", Vahdat, 32),
            Report("d", EventType.Riots, "2019-05", Vahdat, 32),
        ]));

        Assert.Equal("2019-05-19", incident.Date?.ToIso());
        var date = Assert.Single(incident.Conflicts, c => c.Field == "date");
        Assert.Equal(["c"], date.DocumentsByValue["2019-05-20"]);
        Assert.Empty(incident.Flags);
    }

    [Fact]
    public void A_killing_placed_in_Turkey_by_one_outlet_and_in_Istanbul_by_another_is_one_incident_in_Istanbul()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("crisisgroup", EventType.ViolenceAgainstCivilians, "2015-03", Turkey, 1),
            Report("fpc", EventType.ViolenceAgainstCivilians, "2015-03", Istanbul, 1, targets: ["Umarali Quvvatov"]),
        ]));

        Assert.Equal("Istanbul", incident.Place?.Name);
        Assert.DoesNotContain(incident.Conflicts, c => c.Field == "location");
    }

    [Fact]
    public void A_prison_placed_in_the_town_by_one_outlet_and_in_the_nearby_capital_by_another_is_one_incident_with_the_place_disputed()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("a", EventType.Riots, "2019-05-19", Vahdat, 32, perpetrators: IslamicState),
            Report("b", EventType.Riots, "2019-05-19", Vahdat, 32, perpetrators: IslamicState),
            Report("c", EventType.Riots, "2019-05-19", Dushanbe, 32, perpetrators: IslamicState),
        ]));

        Assert.Equal("Vahdat", incident.Place?.Name);
        var place = Assert.Single(incident.Conflicts, c => c.Field == "location");
        Assert.Equal(["c"], place.DocumentsByValue["Dushanbe"]);
    }

    [Fact]
    public void Riots_in_two_distant_towns_on_the_same_day_stay_apart()
    {
        var incidents = IncidentFusion.Fuse(
        [
            Report("a", EventType.Riots, "2018-11-07", Khujand, 26),
            Report("b", EventType.Riots, "2018-11-07", Khorog, 26),
        ]);

        Assert.Equal(2, incidents.Count);
    }

    [Fact]
    public void A_country_level_report_does_not_chain_two_towns_events_together()
    {
        var incidents = IncidentFusion.Fuse(
        [
            Report("a", EventType.Riots, "2018-11-07", Khujand, 26),
            Report("b", EventType.Riots, "2018-11-07", Khorog, 26),
            Report("c", EventType.Riots, "2018-11", Tajikistan, 26),
        ]);

        Assert.Equal(2, incidents.Count);
        Assert.Equal(3, incidents.Sum(i => i.Reports.Count));
    }

    [Fact]
    public void Two_attacks_one_document_reports_with_different_tolls_stay_apart()
    {
        var incidents = IncidentFusion.Fuse(
        [
            Report("a", EventType.ExplosionsRemoteViolence, "2021-06-01", Kunduz, 4, ordinal: 0, perpetrators: ["Taliban"]),
            Report("a", EventType.ExplosionsRemoteViolence, "2021-06-01", Kunduz, 12, ordinal: 1, perpetrators: ["Taliban"]),
        ]);

        Assert.Equal(2, incidents.Count);
    }

    [Fact]
    public void A_document_that_reports_one_riot_twice_over_gives_one_incident()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("a", EventType.Riots, "2019-05-20", Vahdat, 32, ordinal: 0, perpetrators: IslamicState),
            Report("a", EventType.Riots, "2019-05-20", Vahdat, 32, ordinal: 1, perpetrators: IslamicState),
            Report("b", EventType.Riots, "2019-05-20", Vahdat, 29, perpetrators: IslamicState),
        ]));

        Assert.Equal(3, incident.Reports.Count);
    }

    [Fact]
    public void A_prison_riot_one_outlet_reports_as_a_clash_joins_when_place_day_and_toll_agree()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("a", EventType.Riots, "2019-05-20", Vahdat, 32),
            Report("b", EventType.Battles, "2019-05-20", Vahdat, 32),
        ]));

        Assert.Contains(incident.Conflicts, c => c.Field == "event_type");
    }

    [Fact]
    public void A_riot_and_a_clash_in_one_town_with_different_tolls_stay_apart()
    {
        var incidents = IncidentFusion.Fuse(
        [
            Report("a", EventType.Riots, "2019-05-20", Vahdat, 32),
            Report("b", EventType.Battles, "2019-05-20", Vahdat, 3),
        ]);

        Assert.Equal(2, incidents.Count);
    }

    [Fact]
    public void A_border_clash_placed_on_either_side_of_the_border_is_one_incident()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("akipress", EventType.Battles, "2022-09-14", Batken, 24, perpetrators: ["Kyrgyz border guards", "Tajik border guards"]),
            Report("asiaplus", EventType.Battles, "2022-09-14", Isfara, 41, perpetrators: ["Tajik border guards", "Kyrgyz border guards"]),
        ]));

        Assert.Equal(24, incident.Fatalities);
        Assert.Equal(41, incident.FatalitiesMax);
    }

    [Fact]
    public void Outlets_calling_one_explosion_a_bombing_and_an_attack_still_agree_on_the_event()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("a", EventType.ExplosionsRemoteViolence, "2023-05-12", Almaty, 3, subEvent: "Remote explosive/landmine/IED"),
            Report("b", EventType.ViolenceAgainstCivilians, "2023-05-12", Almaty, 3, subEvent: "Attack"),
        ]));

        Assert.Contains(incident.Conflicts, c => c.Field == "event_type");
    }

    [Fact]
    public void An_army_assault_dated_a_month_off_by_one_outlet_joins_when_place_type_and_actors_agree_and_is_flagged()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("a", EventType.Battles, "2012-07-24", Khorog, 42, perpetrators: ["Tajik army"], targets: ["Tolib Ayombekov"]),
            Report("b", EventType.Battles, "2012-07-24", Khorog, 42, perpetrators: ["Tajik army"], targets: ["Tolib Ayombekov"]),
            Report("c", EventType.Battles, "2012-06-24", Khorog, 41, perpetrators: ["Tajik army"], targets: ["Tolib Ayombekov"]),
        ]));

        Assert.Equal("2012-07-24", incident.Date?.ToIso());
        Assert.Single(incident.Flags, f => f.StartsWith("c#0"));
    }

    [Fact]
    public void Re_fusing_after_removing_a_document_retracts_exactly_its_reports()
    {
        var reports = VahdatRiot().Concat(
        [
            Report("rferl", EventType.Riots, "2018-11-07", Khujand, 26, ordinal: 1, perpetrators: IslamicState),
            Report("asiaplus", EventType.Riots, "2018-11-08", Khujand, 27, perpetrators: IslamicState),
        ]).ToList();

        var before = IncidentFusion.Fuse(reports);
        var after = IncidentFusion.Fuse(reports.Where(r => r.DocumentId != "reuters"));

        Assert.Equal(before.Select(i => i.Id), after.Select(i => i.Id));
        var expected = before.SelectMany(i => i.Reports).Where(r => r.DocumentId != "reuters").Select(r => r.Key);
        Assert.Equal(expected, after.SelectMany(i => i.Reports).Select(r => r.Key));
        var riot = after.Single(i => i.Place?.Name == "Vahdat");
        Assert.Equal(2, riot.Reports.Count);
        Assert.Equal(29, riot.FatalitiesMax);
    }

    [Fact]
    public void Incident_ids_do_not_depend_on_the_order_reports_arrive_in()
    {
        var reports = VahdatRiot().Concat(
        [
            Report("x", EventType.Riots, "2018-11-07", Khujand, 26),
            Report("y", EventType.Riots, "2018-11", Khujand, 26),
            Report("z", EventType.ViolenceAgainstCivilians, "2015-03", Istanbul, 1),
        ]).ToList();

        var forward = IncidentFusion.Fuse(reports);
        var backward = IncidentFusion.Fuse(Enumerable.Reverse(reports));
        var shuffled = IncidentFusion.Fuse(reports.OrderBy(r => r.DocumentId.GetHashCode() ^ 0x5f3759df));

        Assert.Equal(3, forward.Count);
        Assert.Equal(forward.Select(Describe), backward.Select(Describe));
        Assert.Equal(forward.Select(Describe), shuffled.Select(Describe));
    }

    [Fact]
    public void The_same_report_given_twice_is_refused_by_name()
    {
        var report = VahdatRiot()[0];

        var error = Assert.Throws<ArgumentException>(() => IncidentFusion.Fuse([report, report]));
        Assert.Contains("reuters#0", error.Message);
    }

    [Fact]
    public void Actors_of_every_source_are_kept_once()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("a", EventType.Battles, "2012-07-24", Khorog, 42, perpetrators: ["Tajik army"], targets: ["Tolib Ayombekov"]),
            Report("b", EventType.Battles, "2012-07-24", Khorog, 42, perpetrators: ["the Tajik Army"], targets: ["Tolib Ayombekov", "local militia"]),
        ]));

        Assert.Equal(["Tajik army", "Tolib Ayombekov", "local militia"], incident.Actors);
    }

    [Fact]
    public void Actor_resolution_lets_outlets_that_name_a_group_differently_agree()
    {
        IncidentReport[] reports =
        [
            Report("a", EventType.ViolenceAgainstCivilians, "2024-03-22", Moscow, 145, perpetrators: ["ISIS-K"]),
            Report("b", EventType.ViolenceAgainstCivilians, "2023", Moscow, null, perpetrators: ["Islamic State Khorasan Province"]),
        ];

        Assert.Equal(2, IncidentFusion.Fuse(reports).Count);
        Assert.Single(IncidentFusion.Fuse(reports, (document, name) => name is "ISIS-K" || name.StartsWith("Islamic State Khorasan") ? "isis-k" : null));
    }

    [Fact]
    public void Two_outlets_a_day_apart_with_no_majority_agree_on_the_earlier_day_and_the_date_is_listed_as_disputed()
    {
        var incident = Assert.Single(IncidentFusion.Fuse(
        [
            Report("later", EventType.Riots, "2019-05-20", Vahdat, 29, perpetrators: IslamicState),
            Report("earlier", EventType.Riots, "2019-05-19", Vahdat, 29, perpetrators: IslamicState),
        ]));

        Assert.Equal("2019-05-19", incident.Date?.ToIso());
        var date = Assert.Single(incident.Conflicts);
        Assert.Equal("date", date.Field);
        Assert.Equal(["earlier"], date.DocumentsByValue["2019-05-19"]);
        Assert.Equal(["later"], date.DocumentsByValue["2019-05-20"]);
    }

    [Fact]
    public void A_report_no_other_outlet_tells_of_is_an_incident_with_its_own_fields_and_nothing_to_reconcile()
    {
        var report = Report("osh-daily", EventType.Riots, "2010-06-11", Batken, 4, subEvent: " Mob violence ", perpetrators: ["rioters", "Kyrgyz Police"], stated: "four");

        var incident = Assert.Single(IncidentFusion.Fuse([report]));

        Assert.Equal(IncidentId.For(report.Key), incident.Id);
        Assert.Equal((EventType.Riots, "Mob violence", "2010-06-11", "Batken"), (incident.EventType, incident.SubEventType, incident.Date?.ToIso(), incident.Place?.Name));
        Assert.Equal((4, 4, 4), (incident.Fatalities, incident.FatalitiesMin, incident.FatalitiesMax));
        Assert.Equal(["rioters", "Kyrgyz Police"], incident.Actors);
        Assert.Equivalent(report, Assert.Single(incident.Reports), strict: true);
        Assert.Empty(incident.Conflicts);
        Assert.Empty(incident.Flags);
    }

    [Fact]
    public void Reports_whose_actors_are_named_after_resolution_still_agree_on_an_actor_two_outlets_name_differently()
    {
        static ActorMention Group(string document, string name) => new()
        {
            DocumentId = document, Name = name, Kind = Pamir.Core.Names.ActorKind.ArmedGroup, CatalogueId = "isis-k", Forms = [name], Spans = [new(0, 5)],
        };
        DocumentFindings[] findings =
        [
            new("a", [Report("a", EventType.ViolenceAgainstCivilians, "2024-03-22", Moscow, 145, perpetrators: ["ISIS-K"])], [Group("a", "ISIS-K")], [], []),
            new("b", [Report("b", EventType.ViolenceAgainstCivilians, "2023", Moscow, null, perpetrators: ["Islamic State Khorasan Province"])],
                [Group("b", "Islamic State Khorasan Province")], [], []),
        ];

        var incident = Assert.Single(KnowledgeFusion.Fuse(findings, Pamir.Core.Reference.ReferenceData.Shared).Incidents);

        Assert.Equal(["a#0", "b#0"], incident.Reports.Select(r => r.Key));
    }

    private static string Describe(Incident i) =>
        $"{i.Id} {i.Date} {i.Place?.Name} {i.Fatalities} [{string.Join(",", i.Reports.Select(r => r.Key))}] [{string.Join(";", i.Conflicts.Select(c => c.Field))}]";
}
