using Pamir.Core.Time;
using Pamir.Tests.Text;

namespace Pamir.Tests.Time;

public class TimeAnnotatorTests
{
    [Theory]
    [InlineData("The riot broke out on 19 May 2019 in Vahdat.", "19 May 2019", "2019-05-19")]
    [InlineData("The riot broke out on May 19, 2019 in Vahdat.", "May 19, 2019", "2019-05-19")]
    [InlineData("Elections were held on March 1st 2015 across Tajikistan.", "March 1st 2015", "2015-03-01")]
    [InlineData("The decree was signed on 2019-05-20 in Tashkent.", "2019-05-20", "2019-05-20")]
    [InlineData("The decree was signed on 20.05.2019 in Astana.", "20.05.2019", "2019-05-20")]
    [InlineData("A suicide bomber struck Khujand in September 2010.", "September 2010", "2010-09")]
    [InlineData("Kyrgyz troops withdrew in mid-2014.", "mid-2014", "2014")]
    [InlineData("Talks resumed in early 2015.", "early 2015", "2015")]
    [InlineData("The party was banned in 2003.", "2003", "2003")]
    [InlineData("The 2023 attack on the concert hall shocked Moscow.", "2023", "2023")]
    [InlineData("Fighting flared again in the fall of 2015 near Kunduz.", "fall of 2015", "2015")]
    [InlineData("Monday, May 20, 2019 saw new arrests in Osh.", "Monday, May 20, 2019", "2019-05-20")]
    public void Absolute_dates_are_read_with_their_precision(string text, string phrase, string iso)
    {
        var time = Annotated.Read(text).Time(phrase);
        Assert.Equal(iso, time.Value.ToIso());
        Assert.Equal(TimeAnchor.Absolute, time.Anchor);
    }

    [Theory]
    [InlineData("Security forces fought warlords in Rasht in 2010-2011.", "2010-2011", "2010", "2011")]
    [InlineData("Government troops fought in the Rasht valley in 2010–11.", "2010–11", "2010", "2011")]
    [InlineData("The civil war raged from 1992 to 1997 and displaced thousands.", "1992 to 1997", "1992", "1997")]
    [InlineData("The civil war of 1992-97 left the country in ruins.", "1992-97", "1992", "1997")]
    [InlineData("Protests grew between 2010 and 2012 in Cairo.", "2010 and 2012", "2010", "2012")]
    [InlineData("Floods hit Pakistan in July-August 2022.", "July-August 2022", "2022-07", "2022-08")]
    [InlineData("Border clashes on 28-29 April 2021 killed dozens.", "28-29 April 2021", "2021-04-28", "2021-04-29")]
    [InlineData("Riots shook Nukus on July 1-2, 2022.", "July 1-2, 2022", "2022-07-01", "2022-07-02")]
    public void Ranges_keep_their_start_and_end(string text, string phrase, string start, string end)
    {
        var time = Annotated.Read(text).Time(phrase);
        Assert.Equal(start, time.Value.ToIso());
        Assert.Equal(end, time.RangeEnd?.ToIso());
    }

    [Fact]
    public void The_1990s_is_a_decade()
    {
        var time = Annotated.Read("Tens of thousands died during the 1990s in Algeria.").Time("the 1990s");
        Assert.Equal(DatePrecision.Decade, time.Value.Precision);
        Assert.Equal(1990, time.Value.Year);
    }

    [Theory]
    [InlineData("Police opened fire on Sunday in Andijan.", "Sunday", "2005-05-15")]
    [InlineData("Gunmen attacked a checkpoint late on Monday.", "Monday", "2005-05-16")]
    [InlineData("Shelling began in the early hours of Saturday.", "Saturday", "2005-05-14")]
    [InlineData("A bomb exploded in the market yesterday.", "yesterday", "2005-05-16")]
    [InlineData("Three soldiers died two days ago in the clash.", "two days ago", "2005-05-15")]
    [InlineData("The town was shelled a little over a week ago.", "a little over a week ago", "2005-05-10")]
    [InlineData("Ten years ago today, militants ambushed a convoy in the gorge.", "Ten years ago today", "1995-05-17")]
    [InlineData("The governor resigned earlier this month.", "earlier this month", "2005-05")]
    [InlineData("The governor resigned last week.", "last week", "2005-05")]
    [InlineData("Turnout fell this year.", "this year", "2005")]
    [InlineData("Elections are due next year.", "next year", "2006")]
    [InlineData("A riot left 26 dead in Khujand last November.", "last November", "2004-11")]
    [InlineData("Four tourists were killed last July.", "last July", "2004-07")]
    [InlineData("Protesters gathered on 19 May last year outside the embassy.", "19 May last year", "2004-05-19")]
    public void Relative_dates_count_from_the_publication_date(string text, string phrase, string iso)
    {
        // 17 May 2005 was a Tuesday.
        var time = Annotated.Read(text, published: "2005-05-17").Time(phrase);
        Assert.Equal(iso, time.Value.ToIso());
        Assert.Equal(TimeAnchor.Publication, time.Anchor);
    }

    [Fact]
    public void A_month_already_passed_this_year_is_this_years_and_a_later_one_last_years()
    {
        var doc = Annotated.Read("The mayor was arrested in March. Fighting had ended in October.", published: "2021-06-02");
        Assert.Equal("2021-03", doc.Time("March").Value.ToIso());
        Assert.Equal("2020-10", doc.Time("October").Value.ToIso());
    }

    [Fact]
    public void The_29th_of_February_in_a_common_year_keeps_only_the_month()
    {
        var doc = Annotated.Read("Police dispersed the rally on 29 February.", published: "2021-06-01");
        Assert.Equal("2021-02", doc.Time("29 February").Value.ToIso());
    }

    [Fact]
    public void A_sentence_about_plans_puts_an_undated_day_ahead()
    {
        var doc = Annotated.Read("Parliament will vote on March 3 on the new constitution.", published: "2021-06-02");
        Assert.Equal("2022-03-03", doc.Time("March 3").Value.ToIso());
    }

    [Fact]
    public void Two_years_later_counts_from_the_previous_date_in_the_text()
    {
        var doc = Annotated.Read("The former minister was arrested in Moscow in 2003. Two years later the party chairman was abducted there.");
        var later = doc.Time("Two years later");
        Assert.Equal("2005", later.Value.ToIso());
        Assert.Equal(TimeAnchor.Previous, later.Anchor);
    }

    [Theory]
    [InlineData("Youths burned portraits at the OSCE gates in September 2016. That same autumn the office closed.", "That same autumn", "2016")]
    [InlineData("Troops stormed Khorog on 24 June 2012. The next day residents buried the dead.", "The next day", "2012-06-25")]
    [InlineData("The dam was finished in 2016. The following year it flooded.", "The following year", "2017")]
    [InlineData("A ceasefire was signed in January 2020. A month later it collapsed.", "A month later", "2020-02")]
    [InlineData("The colonel defected in April 2015. Later that year he appeared in a video.", "Later that year", "2015")]
    public void Expressions_relative_to_another_time_take_their_value_from_it(string text, string phrase, string iso)
    {
        var time = Annotated.Read(text).Time(phrase);
        Assert.Equal(iso, time.Value.ToIso());
        Assert.Equal(TimeAnchor.Previous, time.Anchor);
    }

    [Fact]
    public void A_month_without_a_year_takes_the_year_of_the_passage_it_is_in()
    {
        var doc = Annotated.Read("Dozens were arrested in 2015, and an exiled opposition leader was murdered in Turkey in March.\n\nThe party was banned in August.", published: "2017-07-07");
        var march = doc.Time("March");
        Assert.Equal("2015-03", march.Value.ToIso());
        Assert.Equal(TimeAnchor.Narrative, march.Anchor);
        Assert.Equal(TimeAnchor.Publication, doc.Time("August").Anchor);
    }

    [Fact]
    public void A_season_this_year_sets_the_year_of_the_months_that_follow_it()
    {
        var doc = Annotated.Read("From late 2016 until spring this year, the mission sat idle. In early March, the government extended its mandate.", published: "2017-07-07");
        Assert.Equal("2017", doc.Time("spring this year").Value.ToIso());
        Assert.Equal("2017-03", doc.Time("early March").Value.ToIso());
    }

    [Fact]
    public void After_a_range_the_narrative_stands_at_its_end()
    {
        var doc = Annotated.Read("The civil war of 1992-97 ruined Tajikistan. Two years later the opposition joined the government.");
        Assert.Equal("1999", doc.Time("Two years later").Value.ToIso());
    }

    [Fact]
    public void An_undated_day_without_any_reference_keeps_month_and_day()
    {
        var time = Annotated.Read("The riot on May 19 began in the prison canteen.").Time("May 19");
        Assert.Null(time.Value.Year);
        Assert.Equal(5, time.Value.Month);
        Assert.Equal(19, time.Value.Day);
        Assert.Equal(TimeAnchor.Unresolved, time.Anchor);
    }

    [Theory]
    [InlineData("Officials may soon face charges in Bishkek.")]
    [InlineData("Thousands joined a protest march in Tbilisi.")]
    [InlineData("March organisers said police were calm.")]
    [InlineData("The Sunday Times reported the arrests.")]
    [InlineData("Villagers drew water from a spring near the border.")]
    [InlineData("Prices may fall further, the bank said.")]
    [InlineData("The fall of Kabul stunned the region.")]
    [InlineData("The second attack was claimed by a few militants.")]
    [InlineData("It was criticised by May and her cabinet.")]
    public void Words_that_only_look_like_dates_are_not_dates(string text)
    {
        Assert.Empty(Annotated.Read(text).Times);
    }

    [Theory]
    [InlineData("About 2,000 people and 1,500 troops took part.")]
    [InlineData("Inmates of Protocol 32/20 were moved.")]
    [InlineData("Call +992 37 221 2019 for details.")]
    [InlineData("The deal was worth $1,022 and 2000 troops were sent.")]
    [InlineData("Inmates of prison No. 2015 rioted.")]
    public void Numbers_that_count_or_name_things_are_not_years(string text)
    {
        Assert.Empty(Annotated.Read(text).Times);
    }

    [Theory]
    [InlineData("Border guards returned fire in 2010.", "2010")]
    [InlineData("No attacks have been recorded since 2021.", "2021")]
    [InlineData("The pipeline was due by 2020.", "2020")]
    [InlineData("In 2015 elections were held.", "2015")]
    public void A_four_digit_number_in_year_position_is_a_year(string text, string phrase)
    {
        Assert.Equal(phrase, Annotated.Read(text).Time(phrase).Value.ToIso());
    }

    [Fact]
    public void A_text_with_no_dates_has_no_time_expressions()
    {
        var doc = Annotated.Read("Police in Karakalpakstan detained 516 people after the unrest, officials said. Many remain in custody.");
        Assert.Empty(doc.Times);
        Assert.Null(doc.ReferenceDate);
    }
}
