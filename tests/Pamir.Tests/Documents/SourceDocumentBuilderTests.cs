using Pamir.Core.Documents;

namespace Pamir.Tests.Documents;

public class SourceDocumentBuilderTests
{
    [Fact]
    public void A_text_report_keeps_its_id_source_and_headline_and_is_hashed_over_title_and_text()
    {
        var document = SourceDocumentBuilder.FromText("rasht-2010", "samples/rasht-2010.txt", "Ambush in Rasht\n\nMilitants fired on a convoy.");
        Assert.Equal(("rasht-2010", "samples/rasht-2010.txt", "Ambush in Rasht"), (document.Id, document.Source, document.Title));
        Assert.Equal(ContentHash.Compute("Ambush in Rasht", document.Text), document.ContentHash);
    }

    [Fact]
    public void A_first_line_that_is_a_sentence_is_not_taken_as_the_title()
    {
        Assert.Null(SourceDocumentBuilder.FromText("x", "x.txt", "Militants fired on a convoy.\n\nMore text.").Title);
    }

    [Theory]
    [InlineData("Posted on 2012-07-25\n\nFighting in Khorugh.")]
    [InlineData("By Aziz Karimov\n\nFighting in Khorugh.")]
    [InlineData("DUSHANBE, May 20 (Wire) - Rioting inmates killed three guards\n\nMore.")]
    public void A_byline_date_line_or_dateline_is_not_taken_as_the_title(string text)
    {
        Assert.Null(SourceDocumentBuilder.FromText("x", "x.txt", text).Title);
    }

    [Fact]
    public void Reading_the_same_content_twice_gives_the_same_hash_and_furniture_does_not_count()
    {
        var clean = SourceDocumentBuilder.FromText("a", "a.txt", "Report\n\nText of the report.");
        var withFurniture = SourceDocumentBuilder.FromText("a", "a.txt", "Report\n\nText of the report.\n\nShare Tweet Email\n\nBack to top");
        Assert.Equal(clean.ContentHash, withFurniture.ContentHash);
    }

    [Fact]
    public void The_publication_date_and_its_source_are_recorded()
    {
        var document = SourceDocumentBuilder.FromText("a", "a.txt", "Report\n\nBISHKEK, 30 April 2021 – Fighting at the border.");
        Assert.Equal(("2021-04-30", DateSource.Text), (document.Published?.ToIso(), document.PublishedSource));
        var unknown = SourceDocumentBuilder.FromText("b", "b.txt", "Report\n\nFighting at the border.");
        Assert.Equal((null, DateSource.Unknown), (unknown.Published, unknown.PublishedSource));
    }
}
