using Pamir.Core.Incidents;

namespace Pamir.Tests.Incidents;

/// <summary>What the sentences around a trigger say about it: tallies, time references, examples, the country it falls back to.</summary>
public class IncidentContextTests
{
    [Fact]
    public void A_years_tally_of_arrests_beside_a_murder_is_no_incident_of_its_own()
    {
        var reports = WholePipeline.Reports(
            "Kazakhstan tightens its grip\n\nRigged polls and dozens of arrests in 2019 have cowed critics of the government, and an exiled blogger was even murdered in Vienna in May 2019.",
            "2020-02-01");

        var report = Assert.Single(reports);
        Assert.Equal(EventType.ViolenceAgainstCivilians, report.EventType);
        Assert.Equal("Vienna", report.Place?.Name);
        Assert.Equal("2019-05", report.Date?.ToIso());
    }

    [Fact]
    public void An_attack_named_only_to_date_a_policy_is_no_report()
    {
        var reports = WholePipeline.Reports(
            "Belgium's new security laws\n\nFollowing the attacks of 22 March 2016, Belgium raised its terror alert and joined the coalition against the Islamic State. The new laws have been criticised by rights groups.",
            "2017-01-10");

        Assert.True(reports.Count == 0, string.Join("; ", reports.Select(HandBuiltReport.Describe)));
    }

    [Fact]
    public void A_dated_example_of_plural_protests_is_a_protest_in_the_capital_of_the_country_in_focus()
    {
        var reports = WholePipeline.Reports(
            "Kyrgyzstan and the foreign missions\n\nRelations between Kyrgyzstan and Western missions soured in 2021. That autumn, angrier protests took place outside several embassies. For example, in October 2021, a crowd of young men burnt flags outside the gates of the UN office in the capital, then tried to force their way into the building.",
            "2022-03-01");

        var protest = Assert.Single(reports);
        Assert.Equal(EventType.Protests, protest.EventType);
        Assert.Equal("2021-10", protest.Date?.ToIso());
        Assert.Equal("Bishkek", protest.Place?.Name);
    }

    [Fact]
    public void A_report_that_never_names_its_country_is_placed_in_the_country_by_name_not_by_code()
    {
        var report = new HandBuiltReport("Police arrested twelve opposition activists on 3 May 2022.")
            .Time("3 May 2022", "2022-05-03").Focus("TJ").Single();

        Assert.Equal("Tajikistan", report.Place?.Name);
        Assert.Equal("TJ", report.Place?.CountryCode);
    }

    [Fact]
    public void A_headline_riot_near_a_city_is_the_same_riot_as_the_one_in_a_town_nearby()
    {
        var report = new HandBuiltReport("Prison riot near Dushanbe leaves 12 dead\nTwelve people were killed when inmates rioted at a prison in Vahdat on 3 May 2021.")
            .Time("3 May 2021", "2021-05-03").Role("Dushanbe", Pamir.Core.Places.PlaceRole.Reference).Published("2021-05-04").Focus("TJ").Single();

        Assert.Equal("Vahdat", report.Place?.Name);
        Assert.Equal("2021-05-03", report.Date?.ToIso());
    }
}
