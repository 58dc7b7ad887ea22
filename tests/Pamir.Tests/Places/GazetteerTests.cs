using Pamir.Core.Places;
using Pamir.Core.Reference;

namespace Pamir.Tests.Places;

public class GazetteerTests
{
    private static readonly Gazetteer Gazetteer = ReferenceData.Shared.Gazetteer;

    private static Place Best(string name)
    {
        var candidates = Gazetteer.Find(name);
        Assert.False(candidates.IsEmpty, $"'{name}' is not in the gazetteer");
        return candidates[0].Place;
    }

    [Theory]
    [InlineData("Dushanbe", "TJ")]
    [InlineData("Khorog", "TJ")]
    [InlineData("Bishkek", "KG")]
    [InlineData("Mazar-i-Sharif", "AF")]
    [InlineData("Makhachkala", "RU")]
    [InlineData("Diyarbakir", "TR")]
    [InlineData("Cologne", "DE")]
    [InlineData("Los Angeles", "US")]
    public void Cities_resolve_to_their_country(string name, string country)
    {
        var place = Best(name);
        Assert.Equal(PlaceKind.City, place.Kind);
        Assert.Equal(country, place.CountryCode);
    }

    [Fact]
    public void A_city_carries_its_coordinates_and_population()
    {
        var dushanbe = Best("Dushanbe");
        Assert.InRange(dushanbe.Latitude, 38.4, 38.7);
        Assert.InRange(dushanbe.Longitude, 68.6, 69.0);
        Assert.True(dushanbe.Population > 500_000);
    }

    [Theory]
    [InlineData("Tajikistan", "TJ")]
    [InlineData("Kyrgyz Republic", "KG")]
    [InlineData("Russian Federation", "RU")]
    [InlineData("USA", "US")]
    [InlineData("the U.S.", "US")]
    [InlineData("Britain", "GB")]
    [InlineData("Türkiye", "TR")]
    public void Countries_are_found_by_name_and_common_alias(string name, string country)
    {
        var place = Best(name);
        Assert.Equal(PlaceKind.Country, place.Kind);
        Assert.Equal(country, place.CountryCode);
    }

    [Theory]
    [InlineData("Tajik", "TJ")]
    [InlineData("Kyrgyz", "KG")]
    [InlineData("Uzbek", "UZ")]
    [InlineData("Afghan", "AF")]
    [InlineData("Kazakh", "KZ")]
    [InlineData("Turkmen", "TM")]
    [InlineData("Iranian", "IR")]
    [InlineData("Pakistani", "PK")]
    [InlineData("Turkish", "TR")]
    [InlineData("American", "US")]
    [InlineData("British", "GB")]
    [InlineData("German", "DE")]
    [InlineData("French", "FR")]
    [InlineData("Chinese", "CN")]
    [InlineData("Russian", "RU")]
    public void Demonyms_point_at_their_country(string demonym, string country)
    {
        var candidate = Gazetteer.Find(demonym)[0];
        Assert.Equal(NameMatch.Demonym, candidate.Match);
        Assert.Equal(country, candidate.Place.CountryCode);
    }

    [Theory]
    [InlineData("Khatlon", "TJ")]
    [InlineData("Sughd", "TJ")]
    [InlineData("GBAO", "TJ")]
    [InlineData("Gorno-Badakhshan", "TJ")]
    [InlineData("Takhar", "AF")]
    [InlineData("Jalal-Abad Oblast", "KG")]
    [InlineData("Ferghana Valley", "UZ")]
    [InlineData("North Rhine-Westphalia", "DE")]
    [InlineData("Bavaria", "DE")]
    [InlineData("Moscow Oblast", "RU")]
    [InlineData("Chechnya", "RU")]
    [InlineData("Dagestan", "RU")]
    [InlineData("Xinjiang", "CN")]
    [InlineData("North Waziristan", "PK")]
    public void First_level_regions_are_found(string name, string country)
    {
        var place = Best(name);
        Assert.Equal(PlaceKind.Region, place.Kind);
        Assert.Equal(country, place.CountryCode);
    }

    [Fact]
    public void Badakhshan_alone_may_be_the_Afghan_province_or_Tajikistans_autonomous_region()
    {
        var countries = Gazetteer.Find("Badakhshan").ToArray().Select(c => c.Place.CountryCode).ToHashSet();
        Assert.Contains("AF", countries);
        Assert.Contains("TJ", countries);
    }

    [Fact]
    public void A_country_knows_its_capital_codes_and_neighbours()
    {
        var tajikistan = Gazetteer.Country("TJ")!;
        Assert.Equal("TJK", tajikistan.Alpha3);
        Assert.Equal("Dushanbe", tajikistan.Capital!.Name);
        Assert.Contains("AF", tajikistan.Neighbours);
        Assert.Contains("KG", tajikistan.Neighbours);
        Assert.Equal("Berlin", Gazetteer.Country("DE")!.Capital!.Name);
    }

    [Fact]
    public void Every_country_is_in_the_gazetteer() => Assert.True(Gazetteer.Countries.Count() >= 240);

    [Theory]
    [InlineData("Police")]
    [InlineData("Along")]
    [InlineData("Man")]
    public void Place_names_that_are_ordinary_English_words_are_marked(string word) =>
        Assert.True(Gazetteer.IsCommonWord(PlaceNameFolding.Fold(word)));

    [Theory]
    [InlineData("Dushanbe")]
    [InlineData("Kabul")]
    public void Place_names_that_are_not_English_words_are_not_marked(string word) =>
        Assert.False(Gazetteer.IsCommonWord(PlaceNameFolding.Fold(word)));

    [Fact]
    public void An_unknown_name_has_no_candidates() => Assert.True(Gazetteer.Find("Qwertzuiop").IsEmpty);
}
