using Pamir.Core.Incidents;

namespace Pamir.Tests.Incidents;

/// <summary>Short wire-style reports of the kind analysts drop in by the dozen: datelines, toll updates, several outlets on one event.</summary>
public class WireReportTests
{
    [Fact]
    public void A_toll_given_as_the_number_killed_having_risen_counts_as_the_toll()
    {
        var report = WholePipeline.Reports(
            "Toll climbs after theatre siege\n\nMOSCOW, March 24 (AP) - The number of people killed in Friday's shooting at a theatre outside Moscow has risen to 137, investigators said. Another 182 people were wounded.",
            "2024-03-24")[0];

        Assert.Equal(137, report.Fatalities);
        Assert.Equal(182, report.Injured);
    }

    [Fact]
    public void A_bombing_that_killed_and_wounded_counts_both()
    {
        var report = WholePipeline.Reports(
            "KABUL, Oct 8 (Reuters) - A suicide bomber blew himself up in a crowded mosque in the Afghan city of Kunduz on Friday, killing at least 55 people and wounding 120, a local official said.",
            "2021-10-08")[0];

        Assert.Equal(EventType.ExplosionsRemoteViolence, report.EventType);
        Assert.Equal("Kunduz", report.Place?.Name);
        Assert.Equal(55, report.Fatalities);
        Assert.Equal(120, report.Injured);
    }

    [Fact]
    public void A_dateline_city_is_not_where_a_clash_in_a_named_valley_happened()
    {
        var report = WholePipeline.Reports(
            "DUSHANBE, Sept 20 (AFP) - Government troops clashed with militants in the Rasht valley on Sunday, leaving 23 soldiers dead, the defence ministry said.",
            "2010-09-20")[0];

        Assert.Equal(EventType.Battles, report.EventType);
        Assert.Equal("Rasht", report.Place?.Name);
        Assert.Equal("2010-09-19", report.Date?.ToIso());
        Assert.Equal(23, report.Fatalities);
    }

    [Fact]
    public void A_later_death_toll_update_in_the_same_report_stays_one_incident()
    {
        var reports = WholePipeline.Reports(
            "BISHKEK, June 3 (Reuters) - Inmates rioted at a prison near the Kyrgyz capital on Tuesday, and at least four people were killed, officials said.\n\nLate on Tuesday the health ministry said the death toll had risen to seven.",
            "2025-06-03");

        var riot = Assert.Single(reports);
        Assert.Equal(EventType.Riots, riot.EventType);
        Assert.Equal("2025-06-03", riot.Date?.ToIso());
    }

    [Fact]
    public void Two_outlets_on_one_stabbing_give_the_same_type_date_and_place()
    {
        var first = WholePipeline.Reports(
            "BERLIN, May 12 (dpa) - A man stabbed two people to death at a market in Hamburg on Saturday, police said.", "2025-05-12", "a")[0];
        var second = WholePipeline.Reports(
            "Two people were killed in a knife attack at a Hamburg market on Saturday, police said on Sunday.", "2025-05-12", "b")[0];

        Assert.Equal(first.EventType, second.EventType);
        Assert.Equal(first.Date?.ToIso(), second.Date?.ToIso());
        Assert.Equal("Hamburg", first.Place?.Name);
        Assert.Equal("Hamburg", second.Place?.Name);
    }

    [Fact]
    public void The_day_a_ministry_spoke_is_not_the_day_of_the_riot()
    {
        var report = WholePipeline.Reports(
            "ALMATY, 12 March 2024 - Inmates rioted at a prison in Karaganda on Sunday, the interior ministry said on Tuesday.",
            "2024-03-12")[0];

        Assert.Equal(EventType.Riots, report.EventType);
        Assert.Equal("2024-03-10", report.Date?.ToIso());
    }
}
