using Pamir.Core.Documents;

namespace Pamir.Tests.Documents;

public class HtmlArticleReaderTests
{
    private const string Page = """
        <!doctype html>
        <html><head>
          <title>Prison riot in Vakhdat | Steppe Monitor</title>
          <meta property="og:title" content="Prison riot in Vakhdat leaves 32 dead">
          <meta property="article:published_time" content="2019-05-20T09:15:00+05:00">
          <link rel="canonical" href="https://steppe.example/2019/05/20/vakhdat-riot">
          <style>.x { color: red }</style>
        </head><body>
          <header class="site-header"><a href="/">Steppe Monitor</a><nav><a href="/asia">Asia</a> <a href="/world">World</a></nav></header>
          <div class="cookie-banner">We use cookies. <button>Accept</button></div>
          <main>
            <article>
              <header><h1>Prison riot in Vakhdat leaves 32 dead</h1><p class="byline">By Staff reporter</p></header>
              <div class="share-bar"><a href="#">Facebook</a> <a href="#">Twitter</a> <button>Copy link</button></div>
              <p>Officials said a riot at a high-security prison in Vakhdat left three guards and 29 inmates dead.</p>
              <figure><img src="p.jpg"><figcaption>The prison gate. Photo: Agency</figcaption></figure>
              <p>The justice ministry blamed <b>Islamic State</b> members among the prisoners.</p>
              <script>track();</script>
              <footer class="tags">Tags: Tajikistan, prisons</footer>
            </article>
            <section class="related-articles"><h2>Related</h2><ul><li><a href="/a">Riot in Khujand</a></li><li><a href="/b">Cyclists attacked</a></li></ul></section>
            <section id="comments"><h3>2 Comments</h3><p>Great article!</p></section>
          </main>
          <aside><p>Most read this week</p></aside>
          <footer>© Steppe Monitor. Back to top</footer>
        </body></html>
        """;

    [Fact]
    public void Only_the_article_text_is_kept_with_a_blank_line_between_paragraphs()
    {
        var article = HtmlArticleReader.Read(Page);
        Assert.Equal(
            "Prison riot in Vakhdat leaves 32 dead\n\nBy Staff reporter\n\n" +
            "Officials said a riot at a high-security prison in Vakhdat left three guards and 29 inmates dead.\n\n" +
            "The justice ministry blamed Islamic State members among the prisoners.",
            article.Text);
    }

    [Fact]
    public void Title_canonical_url_and_published_time_come_from_the_metadata()
    {
        var article = HtmlArticleReader.Read(Page);
        Assert.Equal("Prison riot in Vakhdat leaves 32 dead", article.Title);
        Assert.Equal("https://steppe.example/2019/05/20/vakhdat-riot", article.Url);
        Assert.Equal("2019-05-20", article.Published?.ToIso());
    }

    [Fact]
    public void Json_ld_date_published_is_read_when_there_is_no_meta_tag()
    {
        var html = """
            <html><head><title>Border clash</title>
            <script type="application/ld+json">{"@context":"https://schema.org","@graph":[{"@type":"WebPage"},{"@type":"NewsArticle","datePublished":"2022-09-16T11:00:00Z"}]}</script>
            </head><body><p>Fighting resumed on the Kyrgyz-Tajik border.</p></body></html>
            """;
        Assert.Equal("2022-09-16", HtmlArticleReader.Read(html).Published?.ToIso());
    }

    [Fact]
    public void A_time_element_in_the_article_dates_a_page_without_date_metadata()
    {
        var html = """<html><body><article><time datetime="2010-09-19">19 September</time><p>Militants ambushed a convoy in the Rasht valley.</p></article></body></html>""";
        Assert.Equal("2010-09-19", HtmlArticleReader.Read(html).Published?.ToIso());
    }

    [Fact]
    public void Broken_json_ld_does_not_stop_the_page_being_read()
    {
        var html = """<html><head><script type="application/ld+json">{"datePublished": </script></head><body><p>Text of the report.</p></body></html>""";
        var article = HtmlArticleReader.Read(html);
        Assert.Equal("Text of the report.", article.Text);
        Assert.Null(article.Published);
    }

    [Fact]
    public void The_longest_article_is_chosen_over_small_related_story_cards()
    {
        var html = """
            <html><body>
              <article class="card"><p>Short teaser.</p></article>
              <article><p>The main report runs for several sentences about the Khorog operation and its casualties.</p><p>A second paragraph follows.</p></article>
              <article class="card"><p>Another teaser.</p></article>
            </body></html>
            """;
        var text = HtmlArticleReader.Read(html).Text;
        Assert.StartsWith("The main report", text);
        Assert.DoesNotContain("teaser", text);
    }

    [Fact]
    public void A_wrapper_named_like_furniture_that_holds_the_article_is_kept()
    {
        var html = """<html><body><div class="layout with-sidebar"><p>The whole report sits inside this wrapper, and it must survive.</p></div><div class="sidebar"><p>Ad</p></div></body></html>""";
        Assert.Equal("The whole report sits inside this wrapper, and it must survive.", HtmlArticleReader.Read(html).Text);
    }

    [Fact]
    public void Text_furniture_inside_the_article_is_cleaned_like_plain_text()
    {
        var html = """<html><body><article><p>Gunmen attacked the concert hall.</p><p>Sign up for our newsletter</p><p>Leave a comment</p></article></body></html>""";
        Assert.Equal("Gunmen attacked the concert hall.", HtmlArticleReader.Read(html).Text);
    }

    [Fact]
    public void Line_breaks_and_list_items_become_separate_paragraphs()
    {
        var html = """<html><body><article><p>First line<br>Second line</p><ul><li>Point one of the report</li><li>Point two of the report</li></ul></article></body></html>""";
        Assert.Equal("First line\n\nSecond line\n\nPoint one of the report\n\nPoint two of the report", HtmlArticleReader.Read(html).Text);
    }
}
