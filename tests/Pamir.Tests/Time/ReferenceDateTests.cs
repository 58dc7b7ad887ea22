using Pamir.Core.Time;
using Pamir.Tests.Text;

namespace Pamir.Tests.Time;

public class ReferenceDateTests
{
    private const string PrisonRiotReport =
        "A little over a week ago, a prison riot in Tajikistan left at least 32 people dead.\n\n" +
        "The riot on May 19 in Vahdat was not the first. Last November, a riot left 26 dead in Khujand. And last July, four cyclists were killed.\n\n" +
        "The government reported 40 arrests in 2018. A survey in November 2018 found rising unemployment.";

    [Fact]
    public void A_known_publication_date_is_the_reference()
    {
        var doc = Annotated.Read("Police detained 12 protesters on Sunday.", published: "2022-07-03");
        Assert.Equal(new ReferenceDate(new FuzzyDate(2022, 7, 3), ReferenceDateBasis.Publication), doc.ReferenceDate);
    }

    [Fact]
    public void Without_a_publication_date_a_report_is_dated_no_earlier_than_its_latest_date_and_its_undated_days()
    {
        var doc = Annotated.Read(PrisonRiotReport);
        Assert.Equal(new ReferenceDate(new FuzzyDate(2019, 5, 19), ReferenceDateBasis.ExplicitDates), doc.ReferenceDate);
    }

    [Fact]
    public void The_riot_on_May_19_after_a_November_2018_survey_happened_in_2019()
    {
        var riot = Annotated.Read(PrisonRiotReport).Time("May 19");
        Assert.Equal("2019-05-19", riot.Value.ToIso());
        Assert.Equal(TimeAnchor.Estimated, riot.Anchor);
    }

    [Fact]
    public void A_recap_of_last_Novembers_riot_in_a_May_2019_report_is_dated_November_2018()
    {
        var doc = Annotated.Read(PrisonRiotReport);
        Assert.Equal("2018-11", doc.Time("Last November").Value.ToIso());
        Assert.Equal("2018-07", doc.Time("last July").Value.ToIso());
    }

    [Fact]
    public void An_estimated_reference_is_a_lower_bound_so_days_counted_back_from_it_keep_only_the_month()
    {
        var ago = Annotated.Read(PrisonRiotReport).Time("A little over a week ago");
        Assert.Equal("2019-05", ago.Value.ToIso());
    }

    [Fact]
    public void A_report_that_recounts_a_year_by_its_number_was_written_after_it()
    {
        var doc = Annotated.Read("The riot on May 19 in Vahdat left 32 dead. Last November a riot broke out in Khujand.\n\nMigrants sent home $2.5 billion in 2018.");
        Assert.Equal(new FuzzyDate(2019, 5, 19), doc.ReferenceDate?.Value);
        Assert.Equal("2019-05-19", doc.Time("May 19").Value.ToIso());
        Assert.Equal("2018-11", doc.Time("Last November").Value.ToIso());
    }

    [Fact]
    public void A_report_that_dates_events_within_a_year_may_be_from_that_year()
    {
        var doc = Annotated.Read("Federal agents arrested eight Tajik men in June 2024. Arrests of migrants rose in 2024.");
        Assert.Equal(new FuzzyDate(2024, 6), doc.ReferenceDate?.Value);
    }

    [Fact]
    public void A_year_spoken_of_from_inside_is_not_over()
    {
        var doc = Annotated.Read("So far in 2023, 14 journalists have been detained in Belarus.");
        Assert.Equal(new FuzzyDate(2023), doc.ReferenceDate?.Value);
    }

    [Fact]
    public void A_dateline_gives_the_day_of_writing_so_weekdays_resolve_against_it()
    {
        var doc = Annotated.Read("BISHKEK, Oct 7 (Reuters) - Protesters seized the parliament on Monday after the vote of October 4, 2020.");
        Assert.Equal(new ReferenceDate(new FuzzyDate(2020, 10, 7), ReferenceDateBasis.Dateline), doc.ReferenceDate);
        Assert.Equal("2020-10-05", doc.Time("Monday").Value.ToIso());
    }

    [Fact]
    public void Dates_in_plans_do_not_move_the_reference_forward()
    {
        var doc = Annotated.Read("Clashes erupted in Batken in April 2021. The government will finish the new road by 2030.");
        Assert.Equal(new FuzzyDate(2021, 4), doc.ReferenceDate?.Value);
    }

    [Fact]
    public void A_range_bounds_the_reference_by_its_start()
    {
        var doc = Annotated.Read("The 2014-2020 programme funded border posts. Smugglers attacked a post in March 2016.");
        Assert.Equal(new FuzzyDate(2016, 3), doc.ReferenceDate?.Value);
    }
}
