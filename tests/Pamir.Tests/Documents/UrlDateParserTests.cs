using Pamir.Core.Documents;

namespace Pamir.Tests.Documents;

public class UrlDateParserTests
{
    [Theory]
    [InlineData("https://example.org/news/2019/05/21/riot-in-vahdat", "2019-05-21")]
    [InlineData("https://example.org/2019/5/21/riot", "2019-05-21")]
    [InlineData("https://example.org/asia/20190521/riot.html", "2019-05-21")]
    [InlineData("https://example.org/story/riot-in-vahdat-2019-05-21", "2019-05-21")]
    [InlineData("https://example.org/2024-03-23/crocus-attack/", "2024-03-23")]
    [InlineData("https://example.org/article?date=2019-05-21&id=7", "2019-05-21")]
    [InlineData("https://example.org/world/2019/may/20/riot-tajikistan", "2019-05-20")]
    [InlineData("https://example.org/english/2019-05/20/c_1380.htm", "2019-05-20")]
    [InlineData("https://example.org/news/2018/11/prison-riot-khujand", "2018-11")]
    [InlineData("https://example.org/archive/2012/khorog-operation", "2012")]
    public void The_url_path_gives_the_date_at_the_precision_it_has(string url, string iso)
    {
        Assert.Equal(iso, UrlDateParser.Parse(url)?.ToIso());
    }

    [Theory]
    [InlineData("https://example.org/news/tajikistan-riot-1344")]
    [InlineData("https://news2019.example.org/story/riot")]
    [InlineData("https://example.org/story/12345678/riot")]
    [InlineData(null)]
    public void A_url_without_a_date_gives_nothing(string? url)
    {
        Assert.Null(UrlDateParser.Parse(url));
    }
}
