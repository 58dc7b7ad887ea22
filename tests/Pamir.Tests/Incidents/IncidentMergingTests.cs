using Pamir.Core.Incidents;
using Pamir.Core.Time;

namespace Pamir.Tests.Incidents;

/// <summary>One report per incident per document: mentions of one event merge, different events stay apart.</summary>
public class IncidentMergingTests
{
    [Fact]
    public void A_riots_toll_and_its_date_and_place_in_the_next_sentence_make_one_report()
    {
        var report = new HandBuiltReport(
            "Some nine days ago at least 32 people were killed in a prison in Tajikistan when inmates began a riot.\n" +
            "The May 19 riot in Vahdat, a town near the capital Dushanbe, was not the first.")
            .Time("Some nine days ago", "2019-05-20", TimeAnchor.Publication)
            .Time("May 19", "2019-05-19", TimeAnchor.Narrative)
            .Role("Dushanbe", Pamir.Core.Places.PlaceRole.Reference)
            .Focus("TJ").Single();

        Assert.Equal("2019-05-19", report.Date?.ToIso());
        Assert.Equal("Vahdat", report.Place?.Name);
        Assert.Equal(32, report.Fatalities);
        Assert.Equal(2, report.Evidence.Count);
    }

    [Fact]
    public void A_riot_followed_by_an_army_assault_and_its_victims_is_one_battle()
    {
        var reports = new HandBuiltReport(
            "On 24 June 2012, a riot erupted in Khorog. The army responded with an assault on the town.\n" +
            "A local opposition figure was killed at his house, as were several civilians. Officials later said 23 civilians were killed in the assault on Khorog, alongside 18 soldiers.")
            .Time("24 June 2012", "2012-06-24").Focus("TJ").Reports();

        var report = Assert.Single(reports);
        Assert.Equal(EventType.Battles, report.EventType);
        Assert.Equal(41, report.Fatalities);
        Assert.Equal("2012-06-24", report.Date?.ToIso());
        Assert.Equal("Khorog", report.Place?.Name);
    }

    [Fact]
    public void Two_riots_in_one_town_years_apart_stay_apart()
    {
        var reports = new HandBuiltReport(
            "A riot in the prison in Vahdat in 2012 left two guards dead. Another riot in Vahdat in May 2019 killed 32.")
            .Time("2012", "2012").Time("May 2019", "2019-05").Focus("TJ").Reports();

        Assert.Equal(2, reports.Count);
        Assert.Equal([2, 32], reports.Select(r => r.Fatalities));
    }

    [Fact]
    public void A_protest_and_the_killing_that_caused_it_stay_apart()
    {
        var reports = new HandBuiltReport(
            "A local activist was shot dead in Osh on 2 March 2021.\nHundreds of people protested in Osh on 4 March 2021 to demand justice.")
            .Time("2 March 2021", "2021-03-02").Time("4 March 2021", "2021-03-04").Focus("KG").Reports();

        Assert.Equal(2, reports.Count);
        Assert.Equal(EventType.ViolenceAgainstCivilians, reports[0].EventType);
        Assert.Equal(EventType.Protests, reports[1].EventType);
    }

    [Fact]
    public void The_attack_mentioned_again_later_in_the_document_is_the_same_attack()
    {
        var reports = new HandBuiltReport(
            "Relations soured after the concert hall attack in Moscow.\nThe economy grew.\nThe 2024 attack on a concert hall in Moscow by ISIS-K killed 145 people.")
            .Time("2024", "2024").Focus("TJ").Reports();

        var report = Assert.Single(reports);
        Assert.Equal("2024", report.Date?.ToIso());
        Assert.Equal("Moscow", report.Place?.Name);
        Assert.Equal(145, report.Fatalities);
    }

    [Fact]
    public void Arrests_announced_in_a_summary_and_detailed_later_are_one_report()
    {
        var reports = new HandBuiltReport(
            "The recent arrests of Tajik nationals in Germany raise questions.\nIn April 2023, German police arrested seven men in raids in Berlin.\nThese arrests show the reach of the group.")
            .Time("April 2023", "2023-04").Focus("TJ").Reports();

        var report = Assert.Single(reports);
        Assert.Equal("Berlin", report.Place?.Name);
        Assert.Equal(7, report.Arrested);
    }

    [Fact]
    public void A_civil_war_mentioned_many_times_is_one_report_dated_to_its_start()
    {
        var reports = new HandBuiltReport(
            "The civil war of 1992-1997 killed tens of thousands.\nThe economy never recovered.\nThe war left deep scars.\nVeterans of the civil war still hold power.")
            .Time("1992-1997", "1992", rangeEnd: "1997").Focus("TJ").Reports();

        var report = Assert.Single(reports);
        Assert.Equal(EventType.Battles, report.EventType);
        Assert.Equal("1992", report.Date?.ToIso());
        Assert.Null(report.Fatalities);
    }

    [Fact]
    public void Different_arrests_in_one_paragraph_stay_apart_when_their_dates_differ()
    {
        var reports = new HandBuiltReport(
            "A former minister was arrested in Moscow in 2003. In May 2013, the leader of a new party was arrested and sentenced to 26 years.")
            .Time("2003", "2003").Time("May 2013", "2013-05").Focus("TJ").Reports();

        Assert.Equal(["2003", "2013-05"], reports.Select(r => r.Date?.ToIso()));
        Assert.Equal("Moscow", reports[0].Place?.Name);
        Assert.Equal("TJ", reports[1].Place?.CountryCode);
    }
}
