using Pamir.Core.Documents;
using Pamir.Core.Time;

namespace Pamir.Tests.Documents;

public class JsonLinesReaderTests
{
    [Fact]
    public void Each_line_is_one_article_with_its_id_url_title_and_published_date()
    {
        using var folder = new TempFolder();
        var path = folder.Write("dump.jsonl",
            """
            {"id": "kz-unrest-1", "url": "https://wire.example/kz/unrest", "title": "Unrest in Almaty", "published": "2022-01-05", "text": "Protesters stormed the mayor's office."}
            {"id": 42, "text": "Troops were deployed to the city."}

            """);
        var results = JsonLinesReader.Read(path).ToList();
        Assert.All(results, r => Assert.True(r.Succeeded));
        var first = results[0].Document!;
        Assert.Equal(("kz-unrest-1", "https://wire.example/kz/unrest", "Unrest in Almaty"), (first.Id, first.Url, first.Title));
        Assert.Equal((new FuzzyDate(2022, 1, 5), DateSource.Metadata), (first.Published!.Value, first.PublishedSource));
        Assert.Equal("42", results[1].Document!.Id);
    }

    [Fact]
    public void A_record_with_only_id_url_and_text_is_dated_from_its_url()
    {
        var result = JsonLinesReader.ReadRecord("dump.jsonl", 1, """{"id":"a","url":"https://news.example/2021/04/30/border-clash","text":"Fighting broke out at the water intake."}""");
        Assert.Equal((new FuzzyDate(2021, 4, 30), DateSource.Url), (result.Document!.Published!.Value, result.Document.PublishedSource));
    }

    [Fact]
    public void A_record_with_html_is_read_as_a_page()
    {
        var result = JsonLinesReader.ReadRecord("dump.jsonl", 3, """{"id":"h","html":"<nav>Home News</nav><article><p>Shots were fired in Khorog.</p></article>"}""");
        Assert.Equal("Shots were fired in Khorog.", result.Document!.Text);
        Assert.Equal("dump.jsonl:3", result.Document.Source);
    }

    [Theory]
    [InlineData("""{"id": "x", "text": "unterminated""", "invalid JSON")]
    [InlineData("""{"text": "A report without an id."}""", "record has no \"id\"")]
    [InlineData("""{"id": "x", "url": "https://a.example"}""", "record \"x\" has no \"text\" or \"html\"")]
    [InlineData("""["id", "text"]""", "not a JSON object")]
    public void A_bad_record_names_the_file_its_line_and_the_reason(string json, string reason)
    {
        var error = JsonLinesReader.ReadRecord("dump.jsonl", 7, json).Error!;
        Assert.Equal(("dump.jsonl", 7), (error.Path, error.Line));
        Assert.StartsWith(reason, error.Reason);
        Assert.StartsWith("dump.jsonl:7: ", error.ToString());
    }

    [Fact]
    public void Records_after_a_bad_line_are_still_read()
    {
        using var folder = new TempFolder();
        var path = folder.Write("mixed.jsonl", "{\"id\":\"a\",\"text\":\"One.\"}\nnot json at all\n{\"id\":\"c\",\"text\":\"Three.\"}\n");
        var results = JsonLinesReader.Read(path).ToList();
        Assert.Equal(["a", null, "c"], results.Select(r => r.Document?.Id));
        Assert.Equal(2, results[1].Error!.Line);
    }

    [Fact]
    public void A_published_value_that_is_no_date_falls_back_to_the_text()
    {
        var result = JsonLinesReader.ReadRecord("d.jsonl", 1, """{"id":"a","published":"sometime","text":"Posted on 2019-05-20\n\nA riot."}""");
        Assert.Equal(("2019-05-20", DateSource.Text), (result.Document!.Published!.Value.ToIso(), result.Document.PublishedSource));
    }
}
