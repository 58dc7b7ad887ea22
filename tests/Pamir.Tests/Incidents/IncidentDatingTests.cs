using Pamir.Core.Places;
using Pamir.Core.Time;

namespace Pamir.Tests.Incidents;

/// <summary>Which date and place a report gets, and when it gets none.</summary>
public class IncidentDatingTests
{
    [Fact]
    public void A_recap_of_last_Novembers_riot_is_dated_November_of_the_previous_year()
    {
        var reports = new HandBuiltReport(
            "Inmates rioted at a prison in Vahdat on 19 May.\nLast November, a riot left 26 people dead in Khujand.")
            .Published("2019-05-28").Time("19 May", "2019-05-19", TimeAnchor.Publication).Time("Last November", "2018-11", TimeAnchor.Publication).Focus("TJ").Reports();

        Assert.Equal(2, reports.Count);
        Assert.Equal("2018-11", reports[1].Date?.ToIso());
        Assert.Equal("Khujand", reports[1].Place?.Name);
        Assert.Equal(26, reports[1].Fatalities);
    }

    [Fact]
    public void The_time_nearest_the_trigger_dates_the_incident()
    {
        var report = new HandBuiltReport(
            "In 2019 the government reformed the police, and on 4 March 2021 officers arrested twelve activists in Bishkek.")
            .Time("2019", "2019").Time("4 March 2021", "2021-03-04").Single();

        Assert.Equal("2021-03-04", report.Date?.ToIso());
        Assert.Equal(12, report.Arrested);
    }

    [Fact]
    public void The_lead_event_of_a_news_report_without_a_time_takes_the_publication_date()
    {
        var report = new HandBuiltReport("Police in Almaty detained 40 people at an unauthorised rally, the interior ministry said.")
            .Published("2022-01-06").Single();

        Assert.Equal("2022-01-06", report.Date?.ToIso());
    }

    [Fact]
    public void A_lead_event_with_no_time_and_no_publication_date_has_no_date()
    {
        var report = new HandBuiltReport("Police in Almaty detained 40 people at an unauthorised rally, the interior ministry said.").Single();

        Assert.Null(report.Date);
    }

    [Fact]
    public void An_incident_with_no_place_named_is_placed_in_the_country_in_focus()
    {
        var report = new HandBuiltReport("Tajikistan is poor. In September 2010 the country saw its first suicide bombing.")
            .Time("September 2010", "2010-09").Focus("TJ").Single();

        Assert.Equal("Tajikistan", report.Place?.Name);
        Assert.Equal("TJ", report.Place?.CountryCode);
    }

    [Fact]
    public void A_wire_reports_dateline_city_is_the_place_of_its_lead_event_when_nothing_else_is_named()
    {
        var report = new HandBuiltReport("BISHKEK, March 3 - Police detained 12 protesters on Sunday, officials said.")
            .Time("on Sunday", "2023-03-02", TimeAnchor.Publication)
            .Role("Bishkek", PlaceRole.Dateline).Focus("KG").Reports();

        Assert.Equal("Bishkek", Assert.Single(report).Place?.Name);
    }

    [Fact]
    public void A_place_mentioned_as_a_reference_point_is_used_only_when_nothing_else_is_named()
    {
        var report = new HandBuiltReport("A roadside bomb exploded 15 km east of Kabul on 3 May 2021, killing two soldiers.")
            .Time("3 May 2021", "2021-05-03").Role("Kabul", PlaceRole.Reference).Focus("AF").Single();

        Assert.Equal("Kabul", report.Place?.Name);
    }

    [Fact]
    public void A_demonym_is_not_the_place_of_an_incident()
    {
        var report = new HandBuiltReport("Tajik border guards clashed with smugglers in Takhar province on 2 June 2021.")
            .Time("2 June 2021", "2021-06-02").Demonym("Tajik").Focus("AF").Single();

        Assert.Equal("Takhar", report.Place?.Name);
        Assert.Contains("border guards", report.Perpetrators);
    }
}
