namespace Pamir.Tests.Incidents;

/// <summary>Death tolls, injuries and arrests by ACLED's conservative convention.</summary>
public class DeathTollTests
{
    private static HandBuiltReport Dated(string text, string phrase = "on 19 May 2019", string iso = "2019-05-19") =>
        new HandBuiltReport(text).Time(phrase, iso).Focus("TJ");

    [Fact]
    public void A_total_given_with_its_breakdown_counts_once()
    {
        var report = Dated("At least 32 people – three guards and 29 prisoners – were killed when inmates rioted at the jail in Vahdat on 19 May 2019.").Single();

        Assert.Equal(32, report.Fatalities);
    }

    [Fact]
    public void A_breakdown_without_a_total_is_summed()
    {
        var report = Dated("Three guards and 29 prisoners were killed when inmates rioted at the jail in Vahdat on 19 May 2019.").Single();

        Assert.Equal(32, report.Fatalities);
    }

    [Fact]
    public void Victims_added_after_the_verb_are_summed_with_those_before_it()
    {
        var report = Dated("On 19 May 2019, 23 civilians were killed in the army operation in Khorog, alongside 18 soldiers and government workers.", "19 May 2019").Single();

        Assert.Equal(41, report.Fatalities);
    }

    [Fact]
    public void At_least_n_counts_n()
    {
        Assert.Equal(12, Dated("A car bomb killed at least 12 people in Kabul on 19 May 2019.").Single().Fatalities);
    }

    [Fact]
    public void A_range_counts_its_low_end()
    {
        var report = Dated("The civil war, which lasted from 1992 to 1997, left 60,000 to 100,000 dead.", "from 1992 to 1997", "1992").Single();

        Assert.Equal(60000, report.Fatalities);
    }

    [Fact]
    public void Competing_figures_in_one_document_give_the_lowest()
    {
        var report = Dated("A bomb exploded at a market in Kabul on 19 May 2019, killing 14 people. Hospital staff later said the blast had killed 11.").Single();

        Assert.Equal(11, report.Fatalities);
    }

    [Fact]
    public void Dozens_is_no_number_but_the_phrase_is_kept()
    {
        var report = Dated("Security forces opened fire on protesters in Zhanaozen on 19 May 2019, and dozens were killed.").Single();

        Assert.Null(report.Fatalities);
        Assert.Equal("dozens were killed", report.FatalitiesStated);
    }

    [Fact]
    public void A_named_person_shot_dead_is_one_death()
    {
        Assert.Equal(1, Dated("Umarali Quvvatov was shot dead in Istanbul on 19 May 2019.").Single().Fatalities);
    }

    [Fact]
    public void An_exiled_leader_who_was_even_murdered_is_one_death()
    {
        Assert.Equal(1, Dated("Dozens were arrested and an exiled party chief was even murdered in Istanbul on 19 May 2019.").Reports().Last().Fatalities);
    }

    [Fact]
    public void A_named_victim_killed_alongside_an_uncounted_group_gives_no_number()
    {
        Assert.Null(Dated("A local leader was killed in Khorog on 19 May 2019, as were several civilians.").Single().Fatalities);
    }

    [Fact]
    public void A_victim_who_survived_means_no_deaths()
    {
        var report = Dated("There was an attempt on his life in Moscow on 19 May 2019. He miraculously survived and fled to Germany.").Single();

        Assert.Equal(0, report.Fatalities);
    }

    [Fact]
    public void No_one_was_killed_is_zero()
    {
        Assert.Equal(0, Dated("A grenade exploded outside a police station in Osh on 19 May 2019; no one was killed.").Single().Fatalities);
    }

    [Theory]
    [InlineData("The prison, which held 1,500 inmates, was the scene of a riot on 19 May 2019 that killed 32.", 32)]
    [InlineData("A riot broke out in prison No. 3/2 in Vahdat on 19 May 2019, and 5 inmates died.", 5)]
    [InlineData("His 29-year-old son was killed in an attack in Dushanbe on 19 May 2019.", 1)]
    [InlineData("Gunmen attacked a convoy 40 km from Kunduz on 19 May 2019, killing 6 soldiers.", 6)]
    [InlineData("In 2015 the opposition leader was arrested on 19 May 2019 and sentenced to 26 years in prison.", null)]
    public void Numbers_that_are_not_tolls_are_not_counted(string text, int? expected)
    {
        var report = Dated(text).Reports().First();

        Assert.Equal(expected, report.Fatalities);
    }

    [Fact]
    public void Injuries_and_arrests_are_counted_apart_from_deaths()
    {
        var report = Dated("A suicide bomber killed 4 people and wounded 17 outside a mosque in Kabul on 19 May 2019.").Single();

        Assert.Equal(4, report.Fatalities);
        Assert.Equal(17, report.Injured);
    }

    [Fact]
    public void The_toll_of_a_sentence_after_the_incident_belongs_to_it()
    {
        var report = Dated("Police and protesters clashed in Bishkek on 19 May 2019. Three people died and 40 were injured.").Single();

        Assert.Equal(3, report.Fatalities);
        Assert.Equal(40, report.Injured);
    }

    [Fact]
    public void An_arrested_person_counts_one_arrest()
    {
        var report = Dated("In May 2013 the chairman of the New Tajikistan Party was arrested and sentenced to 26 years in prison.", "May 2013", "2013-05").Single();

        Assert.Equal(1, report.Arrested);
        Assert.Null(report.Fatalities);
    }
}
