using Pamir.Core.Documents;

namespace Pamir.Tests.Documents;

public class DateTextParserTests
{
    [Theory]
    [InlineData("7 July 2017", "2017-07-07")]
    [InlineData("07 Jul 2017", "2017-07-07")]
    [InlineData("21st of May 2019", "2019-05-21")]
    [InlineData("May 20, 2019", "2019-05-20")]
    [InlineData("Mar. 23, 2024", "2024-03-23")]
    [InlineData("Sept 5 2010", "2010-09-05")]
    [InlineData("2019/05/20", "2019-05-20")]
    [InlineData("20.05.2019", "2019-05-20")]
    [InlineData("3/23/2024", "2024-03-23")]
    [InlineData("23/03/2024", "2024-03-23")]
    [InlineData("May 2019", "2019-05")]
    [InlineData("20 мая 2019", "2019-05-20")]
    [InlineData("07-JUL-2017", "2017-07-07")]
    [InlineData("SEPTEMBER 2nd,2019", "2019-09-02")]
    [InlineData("2019.5.7", "2019-05-07")]
    [InlineData("5 Декабря 2021", "2021-12-05")]
    public void Written_dates_are_read_at_the_precision_they_state(string line, string iso)
    {
        var found = Assert.Single(DateTextParser.FindAll(line));
        Assert.Equal(iso, found.Date.ToIso());
        Assert.Equal((0, line.Length), (found.Start, found.End));
    }

    [Theory]
    [InlineData("MOSCOW, March 23 (Reuters) - Police said", 8, true)]
    [InlineData("Almaty, 5 January 2022 - Protesters gathered", 8, true)]
    [InlineData("DUSHANBE, мая 20", 10, true)]
    [InlineData("Khorugh, the capital of the region, 12 May 2022", 9, false)]
    [InlineData("Osh, Kyrgyzstan: police dispersed 300 people in May 2010", 17, false)]
    public void A_date_may_start_only_where_a_digit_or_a_month_name_does(string line, int index, bool may)
    {
        Assert.Equal(may, DateTextParser.MayStartAt(line, index));
        if (!may) Assert.DoesNotContain(DateTextParser.FindAll(line), d => d.Start == index);
    }

    [Theory]
    [InlineData("Police detained 300 people on Saturday.")]
    [InlineData("The court sentenced 21 men in May.")]
    [InlineData("Officials counted 1,400 displaced.")]
    [InlineData("No figures were given.")]
    public void Figures_that_stand_neither_beside_a_month_name_nor_in_a_date_form_are_no_date(string line) =>
        Assert.Empty(DateTextParser.FindAll(line));

    [Theory]
    [InlineData("Talks may resume on Sept. 5, 2019 and end 12 May 2020", "2019-09-05@20,2020-05-12@42")]
    [InlineData("Unit A1 May 2019 report", "2019-05@8")]
    [InlineData("They may march 3 May 2019, or may not", "2019-05-03@15")]
    [InlineData("Встреча 20 мая 2019 года, then May 21", "2019-05-20@8,05-21@31")]
    [InlineData("Posted March 23, 20245:38 PM", "2024-03-23@7")]
    [InlineData("Dated 5 Mar.and 6 Sept. then", "03-05@6,09-06@16")]
    [InlineData("Room 123 May 2019 and 12 Junes", "2019-05@9")]
    [InlineData("Case 2019-123-5 and 20.05.20190 or 1.20.05.2019", "")]
    public void Every_date_of_a_line_is_found_beside_month_words_used_otherwise(string line, string expected)
    {
        var found = DateTextParser.FindAll(line).Select(d => (d.Date.Year is null ? $"{d.Date.Month:00}-{d.Date.Day:00}" : d.Date.ToIso()) + "@" + d.Start);
        Assert.Equal(expected, string.Join(',', found));
    }

    [Fact]
    public void A_timestamp_is_read_for_its_date()
    {
        var found = Assert.Single(DateTextParser.FindAll("Updated 2019-05-20T10:00:00+05:00"));
        Assert.Equal("2019-05-20", found.Date.ToIso());
        Assert.Equal(8, found.Start);
    }

    [Fact]
    public void A_wire_dateline_gives_month_and_day_without_a_year()
    {
        var found = Assert.Single(DateTextParser.FindAll("DUSHANBE, May 20 /TASS/."));
        Assert.Null(found.Date.Year);
        Assert.Equal((5, 20), (found.Date.Month, found.Date.Day));
    }

    [Fact]
    public void Impossible_dates_are_not_dates()
    {
        Assert.Empty(DateTextParser.FindAll("31 February 2019"));
        Assert.Empty(DateTextParser.FindAll("2019-13-01"));
        Assert.Empty(DateTextParser.FindAll("a budget of 1,344 km and 20 years"));
    }

    [Theory]
    [InlineData("2019-05-21T08:30:00Z", "2019-05-21")]
    [InlineData("Tue, 21 May 2019 08:30:00 GMT", "2019-05-21")]
    [InlineData("2019-05", "2019-05")]
    [InlineData("20190521", "2019-05-21")]
    [InlineData("May 21, 2019 at 8:30 am", "2019-05-21")]
    public void Metadata_values_are_read_in_iso_rfc822_and_written_forms(string value, string iso)
    {
        Assert.Equal(iso, DateTextParser.ParseValue(value)?.ToIso());
    }

    [Fact]
    public void A_metadata_value_that_is_no_date_gives_nothing()
    {
        Assert.Null(DateTextParser.ParseValue("yesterday"));
        Assert.Null(DateTextParser.ParseValue(""));
    }
}
