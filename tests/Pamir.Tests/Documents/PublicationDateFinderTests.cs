using Pamir.Core.Documents;
using Pamir.Core.Time;

namespace Pamir.Tests.Documents;

public class PublicationDateFinderTests
{
    private static string? FromText(string text, string? url = null) => PublicationDateFinder.Find(text, url)?.Date.ToIso();

    [Fact]
    public void Metadata_wins_over_the_text_and_the_url()
    {
        var found = PublicationDateFinder.Find("Posted on 2019-05-20\n\nA riot.", "https://x.org/2019/05/21/riot", new FuzzyDate(2019, 5, 22));
        Assert.Equal(new PublicationDate(new FuzzyDate(2019, 5, 22), DateSource.Metadata), found);
    }

    [Fact]
    public void A_date_alone_on_its_line_under_the_byline_is_the_publication_date()
    {
        var text = "Europe and Tajikistan\n\nA standfirst about aid and refugees.\n\nZarina Nazarova\n7 July 2017\n\nThe country is small and mountainous.";
        var found = PublicationDateFinder.Find(text, null);
        Assert.Equal(new PublicationDate(new FuzzyDate(2017, 7, 7), DateSource.Text), found);
    }

    [Theory]
    [InlineData("By Aziz Karimov | 7 July 2017\n\nTroops moved into Khorog.", "2017-07-07")]
    [InlineData("Staff reporter · May 20, 2019\n\nThe riot began at night.", "2019-05-20")]
    [InlineData("Published: 23.03.2024\n\nGunmen opened fire in the concert hall.", "2024-03-23")]
    [InlineData("Updated: 23 March 2024 14:05\n\nGunmen opened fire.", "2024-03-23")]
    [InlineData("Posted on 2019-05-20 by admin\n\nThe riot began at night.", "2019-05-20")]
    [InlineData("date 2019-05-20\n\nThe riot began at night.", "2019-05-20")]
    [InlineData("Riot in Vahdat\nTuesday, 21 May 2019, 10:15 GMT\n\nThe riot began at night.", "2019-05-21")]
    [InlineData("Mar 23, 2024\n\nGunmen opened fire.", "2024-03-23")]
    [InlineData("Published 1 May 2019. Updated 3 May 2019.\n\nText.", "2019-05-01")]
    [InlineData("Farida Usmonova Jun 20, 2019\n\nText of the report.", "2019-06-20")]
    [InlineData("March 23, 20245:38 PM GMT+3Updated 2 hours ago\n\nGunmen opened fire.", "2024-03-23")]
    [InlineData("First published on Mon 20 May 2019 08.15 BST\n\nText.", "2019-05-20")]
    [InlineData("Published on: 20-05-2019\n\nText.", "2019-05-20")]
    public void Bylines_and_labelled_header_lines_give_the_date(string text, string iso)
    {
        Assert.Equal(iso, FromText(text));
    }

    [Theory]
    [InlineData("Dushanbe, 3 May 2019\nBy Aziz Karimov | 7 July 2017\n\nTroops moved into Khorog.", "2017-07-07")]
    [InlineData("Dushanbe, 3 May 2019\nUpdated 4 May 2019 | By Aziz Karimov\n\nTroops moved into Khorog.", "2019-05-03")]
    [InlineData("By Aziz Karimov | 7 July 2017\nPosted on 2019-05-20\n\nTroops moved into Khorog.", "2019-05-20")]
    [InlineData("By Aziz Karimov | 7 July 2017\nDushanbe, 3 May 2019\n\nTroops moved into Khorog.", "2017-07-07")]
    public void A_later_header_line_of_a_stronger_kind_wins_and_an_updated_line_is_never_a_byline(string text, string iso)
    {
        Assert.Equal(iso, FromText(text));
    }

    [Theory]
    [InlineData("Bishkek/Brussels, 24 May 2011 – Tajikistan faces a growing threat.", "2011-05-24")]
    [InlineData("ALMATY, Kazakhstan, 5 January 2022 — Protesters stormed the mayor's office.", "2022-01-05")]
    [InlineData("Khorog, July 25, 2012: Fighting continued in the regional capital.", "2012-07-25")]
    public void A_dateline_opening_the_report_gives_the_date(string text, string iso)
    {
        Assert.Equal(iso, FromText("Headline of the report\n\n" + text));
    }

    [Fact]
    public void A_place_and_date_line_closing_a_report_dates_it()
    {
        var body = string.Join("\n\n", Enumerable.Range(1, 20).Select(i => $"Paragraph {i} of the analysis says something about the region."));
        Assert.Equal("2011-05-24", FromText(body + "\n\nBishkek/Brussels, 24 May 2011"));
    }

    [Fact]
    public void A_wire_dateline_without_a_year_takes_the_year_from_the_url()
    {
        var text = "DUSHANBE, May 20 /TASS/. A riot broke out in a prison near the capital.";
        Assert.Equal("2019-05-20", FromText(text, "https://example.org/world/2019/riot"));
        Assert.Equal("2024-03-23", FromText("MOSCOW, March 23 (Reuters) - Gunmen attacked a concert hall.", "https://example.org/world/europe/2024/03/attack"));
    }

    [Fact]
    public void A_wire_dateline_without_a_year_and_no_year_elsewhere_gives_no_date()
    {
        Assert.Null(PublicationDateFinder.Find("DUSHANBE, May 20 /TASS/. A riot broke out in a prison.", null));
    }

    [Fact]
    public void An_event_date_inside_a_body_sentence_is_not_the_publication_date()
    {
        var text = "Clashes in Khorog\n\nOn 24 June 2012, a riot broke out after a general was killed.\n\nThe fighting of 24 July 2012 left dozens dead.";
        Assert.Null(PublicationDateFinder.Find(text, null));
    }

    [Fact]
    public void An_event_date_in_the_body_does_not_override_the_url()
    {
        var text = "Clashes in Khorog\n\nOn 24 July 2012, government troops entered the town.";
        var found = PublicationDateFinder.Find(text, "https://example.org/2012/07/26/khorog");
        Assert.Equal(new PublicationDate(new FuzzyDate(2012, 7, 26), DateSource.Url), found);
    }

    [Fact]
    public void Published_inside_a_sentence_is_not_a_label()
    {
        Assert.Null(FromText("Title\n\nThe report, published on 12 May 2019, said prisons were overcrowded."));
    }

    [Fact]
    public void A_byline_below_a_long_menu_is_still_at_the_top()
    {
        var menu = string.Join("\n", Enumerable.Range(1, 20).Select(i => $"Section {i}"));
        Assert.Equal("2019-05-20", FromText(menu + "\n\nRiot in Vahdat\n\nWritten by Jane Roe | 20 May 2019\n\nText."));
    }

    [Fact]
    public void A_date_line_deep_in_the_body_is_a_heading_not_the_publication_date()
    {
        var paragraph = "This long paragraph of the report describes the events in detail and goes on for well over two hundred characters so that it counts as the body of the article rather than its header area, as real reports do. It keeps going with a second sentence, about the same length as the first one.";
        var text = $"Title\n\n{paragraph}\n\n{paragraph}\n\n{paragraph}\n\n24 June 2012\n\n{paragraph}\n\n{paragraph}\n\n{paragraph}\n\n{paragraph}\n\n{paragraph}\n\n{paragraph}";
        Assert.Null(FromText(text));
    }

    [Fact]
    public void A_sentence_opening_with_a_weekday_or_preposition_is_no_dateline()
    {
        Assert.Null(FromText("Title\n\nIn Dushanbe, 20 May 2019 was a quiet day for most residents."));
        Assert.Null(FromText("Title\n\nMonday, May 20 began with gunfire in the prison."));
    }

    [Fact]
    public void A_url_giving_only_year_and_month_gives_a_month()
    {
        var found = PublicationDateFinder.Find("No dates in this text.", "https://example.org/2018/11/khujand-riot");
        Assert.Equal(new PublicationDate(new FuzzyDate(2018, 11), DateSource.Url), found);
    }

    [Fact]
    public void Nothing_anywhere_is_an_unknown_date()
    {
        Assert.Null(PublicationDateFinder.Find("A report with no date at all.", "https://example.org/news/riot"));
    }
}
