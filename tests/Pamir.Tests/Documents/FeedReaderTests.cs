using Pamir.Core.Documents;
using Pamir.Core.Time;

namespace Pamir.Tests.Documents;

public class FeedReaderTests
{
    private const string Rss = """
        <?xml version="1.0" encoding="UTF-8"?>
        <rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/">
          <channel>
            <title>Region Wire</title>
            <item>
              <title>Guards killed in Khujand prison riot</title>
              <link>https://wire.example/news/khujand-riot</link>
              <guid>https://wire.example/news/khujand-riot</guid>
              <pubDate>Thu, 08 Nov 2018 06:30:00 +0000</pubDate>
              <description>Short summary.</description>
              <content:encoded><![CDATA[<p>Two guards died in the riot.</p><p>Twenty-one inmates were killed.</p>]]></content:encoded>
            </item>
            <item>
              <title>Tajik economy grows</title>
              <link>https://wire.example/news/economy</link>
              <description>&lt;p&gt;Remittances rose again.&lt;/p&gt;</description>
            </item>
          </channel>
        </rss>
        """;

    private const string Atom = """
        <?xml version="1.0" encoding="utf-8"?>
        <feed xmlns="http://www.w3.org/2005/Atom">
          <title>Analysis</title>
          <entry>
            <title>Khorog after the operation</title>
            <link rel="alternate" href="https://analysis.example/khorog-2022"/>
            <id>tag:analysis.example,2022:khorog</id>
            <updated>2022-05-20T10:00:00Z</updated>
            <published>2022-05-19T08:00:00Z</published>
            <summary type="html">&lt;p&gt;Security forces entered Khorog.&lt;/p&gt;</summary>
          </entry>
        </feed>
        """;

    [Fact]
    public void Each_rss_item_is_a_document_with_title_link_date_and_content()
    {
        var documents = FeedReader.Read("feeds/wire.xml", Rss).Select(r => r.Document!).ToList();
        Assert.Equal(2, documents.Count);
        var riot = documents[0];
        Assert.Equal("Guards killed in Khujand prison riot", riot.Title);
        Assert.Equal("https://wire.example/news/khujand-riot", riot.Url);
        Assert.Equal((new FuzzyDate(2018, 11, 8), DateSource.Metadata), (riot.Published!.Value, riot.PublishedSource));
        Assert.Equal("Two guards died in the riot.\n\nTwenty-one inmates were killed.", riot.Text);
        Assert.Equal("Remittances rose again.", documents[1].Text);
        Assert.Null(documents[1].Published);
    }

    [Fact]
    public void An_atom_entry_prefers_its_published_date_and_alternate_link()
    {
        var entry = Assert.Single(FeedReader.Read("analysis.atom", Atom)).Document!;
        Assert.Equal("https://analysis.example/khorog-2022", entry.Url);
        Assert.Equal("2022-05-19", entry.Published?.ToIso());
        Assert.Equal("Security forces entered Khorog.", entry.Text);
    }

    [Fact]
    public void Item_ids_are_the_feed_name_a_slug_of_the_link_and_a_short_hash_stable_across_reads()
    {
        var first = FeedReader.Read("feeds/wire.xml", Rss).Select(r => r.Document!.Id).ToList();
        var again = FeedReader.Read("feeds/wire.xml", Rss).Select(r => r.Document!.Id).ToList();
        Assert.Equal(first, again);
        Assert.Matches("^wire-news-khujand-riot-[0-9a-f]{8}$", first[0]);
        Assert.NotEqual(first[0], first[1]);
    }

    [Fact]
    public void Malformed_xml_is_one_error_naming_the_file()
    {
        var error = Assert.Single(FeedReader.Read("broken.rss", "<rss><channel><item>")).Error!;
        Assert.Equal("broken.rss", error.Path);
        Assert.StartsWith("invalid XML", error.Reason);
    }

    [Fact]
    public void An_xml_file_that_is_not_a_feed_says_so()
    {
        var error = Assert.Single(FeedReader.Read("data.xml", "<catalog><book/></catalog>")).Error!;
        Assert.Contains("not an RSS or Atom feed", error.Reason);
    }
}
