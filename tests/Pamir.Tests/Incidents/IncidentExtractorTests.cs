using Pamir.Core.Incidents;
using Pamir.Core.Names;
using Pamir.Core.Places;
using Pamir.Core.Time;

namespace Pamir.Tests.Incidents;

/// <summary>Which sentences report an incident, and of what kind.</summary>
public class IncidentExtractorTests
{
    [Fact]
    public void A_prison_riot_started_by_convicts_is_mob_violence_with_its_date_place_and_toll()
    {
        var report = new HandBuiltReport(
            "On 7 November 2018 at least 26 people were killed when inmates started a riot in a prison in Khujand.")
            .Time("7 November 2018", "2018-11-07").Focus("TJ").Single();

        Assert.Equal(EventType.Riots, report.EventType);
        Assert.Equal("Mob violence", report.SubEventType);
        Assert.Equal("2018-11-07", report.Date?.ToIso());
        Assert.Equal("Khujand", report.Place?.Name);
        Assert.Equal(26, report.Fatalities);
        Assert.Equal("riot", report.Trigger);
    }

    [Theory]
    [InlineData("A suicide bombing hit a police station in Kabul on 3 March 2023.", EventType.ExplosionsRemoteViolence, "Suicide bomb")]
    [InlineData("A car bomb exploded near a market in Kabul on 3 March 2023.", EventType.ExplosionsRemoteViolence, "Remote explosive/landmine/IED")]
    [InlineData("An air strike hit a village near Kunduz on 3 March 2023.", EventType.ExplosionsRemoteViolence, "Air/drone strike")]
    [InlineData("Artillery shelling hit the outskirts of Kunduz on 3 March 2023.", EventType.ExplosionsRemoteViolence, "Shelling/artillery/missile attack")]
    [InlineData("Border guards and smugglers clashed in Takhar on 3 March 2023.", EventType.Battles, "Armed clash")]
    [InlineData("Gunmen kidnapped a businessman in Osh on 3 March 2023.", EventType.ViolenceAgainstCivilians, "Abduction/forced disappearance")]
    [InlineData("Police arrested an opposition journalist in Almaty on 3 March 2023.", EventType.StrategicDevelopments, "Arrests")]
    [InlineData("Hundreds of people held a peaceful protest in Bishkek on 3 March 2023.", EventType.Protests, "Peaceful protest")]
    [InlineData("Police used tear gas to disperse a protest in Almaty on 3 March 2023.", EventType.Protests, "Protest with intervention")]
    [InlineData("A journalist was shot dead outside his home in Berlin on 3 March 2023.", EventType.ViolenceAgainstCivilians, "Attack")]
    [InlineData("Rebels attacked an army checkpoint near Kunduz on 3 March 2023.", EventType.Battles, "Armed clash")]
    [InlineData("Inmates escaped from prison in Osh on 3 March 2023 after overpowering the guards.", EventType.StrategicDevelopments, "Other")]
    [InlineData("Soldiers staged a coup attempt in Bishkek on 3 March 2023.", EventType.StrategicDevelopments, "Other")]
    [InlineData("Gunmen took hostage twelve passengers on a bus in Paris on 3 March 2023.", EventType.ViolenceAgainstCivilians, "Abduction/forced disappearance")]
    public void Each_kind_of_incident_maps_to_its_ACLED_type(string sentence, EventType type, string subEventType)
    {
        var report = new HandBuiltReport(sentence).Time("3 March 2023", "2023-03-03").Single();

        Assert.Equal(type, report.EventType);
        Assert.Equal(subEventType, report.SubEventType);
    }

    [Theory]
    [InlineData("The threat of attacks on the border has grown since 2015.", "2015")]
    [InlineData("Tajikistan is so fragile that a local dispute could spiral into riots in 2024.", "2024")]
    [InlineData("The opposition leader feared arrest and fled to Turkey in 2015.", "2015")]
    [InlineData("The government wants to prevent attacks by militants in 2024.", "2024")]
    [InlineData("Tajikistan held an anti-terror drill with China in 2021.", "2021")]
    [InlineData("Riot police were deployed in Bishkek in 2023.", "2023")]
    [InlineData("Russia deployed attack helicopters to its base in Tajikistan in 2019.", "2019")]
    [InlineData("Pakistan decided to attack militants in North Waziristan in 2014.", "2014")]
    [InlineData("The president survived political attacks from his rivals in 2012.", "2012")]
    [InlineData("Ten people were killed in an avalanche in Badakhshan in 2021.", "2021")]
    [InlineData("Prosecutors asked Interpol to issue an arrest warrant for him in 2014.", "2014")]
    [InlineData("No protest took place in Almaty in 2022.", "2022")]
    [InlineData("Sixteen party leaders face trial over an alleged coup attempt in 2016.", "2016")]
    [InlineData("Moscow and Dushanbe each denied carrying out air raids in 2019.", "2019")]
    [InlineData("How fast anger can spread was demonstrated in Kyrgyzstan in 2010.", "2010")]
    [InlineData("In the Soviet-Afghan War of 1979, Tajiks fought on both sides.", "1979")]
    [InlineData("Following the attacks of 2001, Dushanbe joined the coalition.", "2001")]
    public void Generic_hypothetical_negated_and_figurative_mentions_are_not_incidents(string sentence, string year)
    {
        var reports = new HandBuiltReport(sentence).Time(year, year).Reports();

        Assert.Empty(reports);
    }

    [Fact]
    public void Plural_attacks_without_a_date_or_toll_are_a_trend_not_an_incident()
    {
        var reports = new HandBuiltReport(
            "Foreign fighters have carried out attacks on the Afghan army in Kunduz and Takhar provinces.").Focus("AF").Reports();

        Assert.Empty(reports);
    }

    [Fact]
    public void An_undated_incident_deep_in_a_background_section_is_not_reported()
    {
        var reports = new HandBuiltReport(
            "Tajikistan is a poor country.\nIt borders Afghanistan.\nIts economy depends on remittances.\nMany migrants work in Russia.\nThe president has ruled since 1992.\n" +
            "Critics say security operations killed dozens.").Focus("TJ").Reports();

        Assert.Empty(reports);
    }

    [Fact]
    public void A_photo_caption_is_not_a_report_of_an_incident()
    {
        var reports = new HandBuiltReport(
            "Activists protest outside the parliament in Berlin, 2016. Photo: Jane Doe / Agency. All rights reserved.\n" +
            "The article is about something else.").Time("2016", "2016").Reports();

        Assert.Empty(reports);
    }

    [Fact]
    public void A_protest_with_arrests_is_a_protest_with_intervention_and_counts_the_arrests()
    {
        var report = new HandBuiltReport("Police detained 30 protesters at a rally in Almaty on Sunday.")
            .Time("on Sunday", "2022-01-09", TimeAnchor.Publication).Single();

        Assert.Equal(EventType.Protests, report.EventType);
        Assert.Equal("Protest with intervention", report.SubEventType);
        Assert.Equal(30, report.Arrested);
    }

    [Fact]
    public void Arrests_by_federal_agents_count_the_people_arrested_and_name_the_agents()
    {
        var report = new HandBuiltReport(
            "U.S. federal agents arrested eight Tajik citizens in June 2024 during raids in New York and Philadelphia.")
            .Time("June 2024", "2024-06").Single();

        Assert.Equal(EventType.StrategicDevelopments, report.EventType);
        Assert.Equal(8, report.Arrested);
        Assert.Null(report.Fatalities);
        Assert.Contains("federal agents", report.Perpetrators);
    }

    [Fact]
    public void A_named_victim_of_a_passive_killing_is_a_target_and_the_attacker_named_after_by_is_the_perpetrator()
    {
        var report = new HandBuiltReport("In March 2015, Umarali Quvvatov was shot dead in Istanbul by a gunman.")
            .Time("March 2015", "2015-03").Name("Umarali Quvvatov").Name("gunman", ActorKind.Group).Single();

        Assert.Contains("Umarali Quvvatov", report.Targets);
        Assert.Contains("gunman", report.Perpetrators);
        Assert.Equal("Istanbul", report.Place?.Name);
    }

    [Fact]
    public void Evidence_points_at_every_sentence_of_the_incident()
    {
        var text = "A bomb exploded at a bus stop in Osh on 3 May 2021. No one was hurt.";
        var report = new HandBuiltReport(text).Time("3 May 2021", "2021-05-03").Single();

        Assert.Equal(2, report.Evidence.Count);
        Assert.Equal("No one was hurt.", report.Evidence[1].Of(text));
        Assert.Equal(0, report.Injured);
    }
}
