using Pamir.Core.Documents;
using Pamir.Core.Pipeline;
using Pamir.Core.Places;
using Pamir.Core.Reference;

namespace Pamir.Tests.Places;

public class PlaceFinderTests
{
    private static AnalyzedDocument Read(string text) =>
        PamirPipeline.Default.Annotate(new SourceDocument { Id = "test", Source = "test", Text = text, ContentHash = "test" });

    private static PlaceMention At(AnalyzedDocument document, string name, int occurrence = 0)
    {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) start = document.Text.IndexOf(name, start + 1, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{name}' is not in the text");
        var mention = document.Places.FirstOrDefault(p => p.Start <= start && p.End >= start + name.Length);
        Assert.True(mention is not null, $"'{name}' was not read as a place; places: {string.Join(", ", document.Places.Select(p => document.Text[p.Start..p.End]))}");
        return mention;
    }

    private static void NotAPlace(AnalyzedDocument document, string name)
    {
        int start = document.Text.IndexOf(name, StringComparison.Ordinal);
        Assert.True(start >= 0, $"'{name}' is not in the text");
        Assert.DoesNotContain(document.Places, p => p.Start < start + name.Length && start < p.End);
    }

    [Fact]
    public void A_place_named_again_and_in_a_later_report_resolves_as_the_first_time()
    {
        const string text = "Protesters gathered in Khujand on Monday. Police in Khujand detained two men, and Khujand stayed tense.";
        var first = Read(text);
        var again = Read(text);
        for (int k = 0; k < 3; k++)
        {
            Assert.Equal(At(first, "Khujand", 0).Place, At(first, "Khujand", k).Place);
            Assert.Equal(At(first, "Khujand", k), At(again, "Khujand", k));
        }
        NotAPlace(again, "Monday");
    }

    [Fact]
    public void A_town_in_a_Tajik_report_resolves_to_the_Tajik_town_with_coordinates()
    {
        var document = Read("Inmates rioted at a high-security prison in Vahdat on Sunday, the Tajik justice ministry said.");
        var vahdat = At(document, "Vahdat").Place;
        Assert.Equal("TJ", vahdat.CountryCode);
        Assert.Equal(PlaceKind.City, vahdat.Kind);
        Assert.InRange(vahdat.Latitude, 38.4, 38.7);
        Assert.Equal("TJ", document.FocusCountry);
    }

    [Fact]
    public void Countries_are_places_also_in_the_possessive()
    {
        var document = Read("Russia's security service said two men from Tajikistan were detained in Kazan.");
        Assert.Equal(PlaceKind.Country, At(document, "Russia").Place.Kind);
        Assert.Equal("TJ", At(document, "Tajikistan").Place.CountryCode);
        Assert.Equal("RU", At(document, "Kazan").Place.CountryCode);
    }

    [Fact]
    public void Demonyms_point_at_their_country_and_are_marked()
    {
        var document = Read("Tajik border guards exchanged fire with Kyrgyz troops near the disputed enclave.");
        var tajik = At(document, "Tajik");
        Assert.True(tajik.IsDemonym);
        Assert.Equal("TJ", tajik.Place.CountryCode);
        Assert.Equal("KG", At(document, "Kyrgyz").Place.CountryCode);
    }

    [Fact]
    public void The_focus_country_is_the_one_the_report_talks_about_most()
    {
        var document = Read("Kyrgyz police dispersed a rally in Osh. Kyrgyzstan's interior ministry said 12 people were held. " +
            "A Kazakh observer was also present.");
        Assert.Equal("KG", document.FocusCountry);
        Assert.Equal("KG", At(document, "Osh").Place.CountryCode);
    }

    [Fact]
    public void The_capital_means_the_capital_of_the_country_in_focus()
    {
        var document = Read("Kyrgyzstan's parliament met on Monday. Thousands of protesters gathered in the capital overnight.");
        Assert.Equal("Bishkek", At(document, "the capital").Place.Name);
    }

    [Fact]
    public void A_named_countrys_capital_is_that_countrys_capital()
    {
        var document = Read("The convoy left Osh for Bishkek. Later it was turned back at the border on the way to the Tajik capital.");
        Assert.Equal("Dushanbe", At(document, "the Tajik capital").Place.Name);
    }

    [Fact]
    public void Capital_punishment_is_not_a_city()
    {
        var document = Read("Tajikistan has kept a moratorium on the capital punishment of prisoners since 2004.");
        NotAPlace(document, "capital");
    }

    [Fact]
    public void A_place_a_distance_is_measured_from_is_a_reference_point()
    {
        var document = Read("The bus was ambushed 15 km east of Dushanbe. Another attack hit a checkpoint 110 km from Khorog.");
        Assert.Equal(PlaceRole.Reference, At(document, "Dushanbe").Role);
        Assert.Equal(PlaceRole.Reference, At(document, "Khorog").Role);
    }

    [Fact]
    public void A_place_the_event_happened_near_without_a_distance_is_where_it_happened()
    {
        var document = Read("Gunmen attacked a police post near Khorog on Tuesday.");
        Assert.Equal(PlaceRole.Mentioned, At(document, "Khorog").Role);
    }

    [Fact]
    public void A_dateline_city_is_where_the_report_was_filed()
    {
        var document = Read("BISHKEK, May 20 (Reuters) - Clashes on the border with Tajikistan left two dead in Batken, officials said.");
        Assert.Equal(PlaceRole.Dateline, At(document, "BISHKEK").Role);
        Assert.Equal("KG", At(document, "BISHKEK").Place.CountryCode);
        Assert.Equal(PlaceRole.Mentioned, At(document, "Batken").Role);
    }

    [Fact]
    public void Both_cities_of_a_joint_dateline_are_datelines()
    {
        var document = Read("Bishkek/Brussels, 24 May 2011\n\nThe report looks at ethnic violence in southern Kyrgyzstan.");
        Assert.Equal(PlaceRole.Dateline, At(document, "Bishkek").Role);
        Assert.Equal(PlaceRole.Dateline, At(document, "Brussels").Role);
    }

    [Fact]
    public void Badakhshan_province_in_an_Afghan_story_is_the_Afghan_province()
    {
        var document = Read("Taliban fighters overran a district in Afghanistan's Badakhshan province on Friday.");
        var badakhshan = At(document, "Badakhshan province");
        Assert.Equal("AF", badakhshan.Place.CountryCode);
        Assert.Equal(document.Text.IndexOf("Badakhshan province", StringComparison.Ordinal) + "Badakhshan province".Length, badakhshan.End);
    }

    [Fact]
    public void Badakhshan_in_a_list_of_Afghan_provinces_is_Afghan_even_in_a_Tajik_report()
    {
        var document = Read("Tajikistan reinforced its border. Fighting spread across Kunduz, Badakhshan, Baghlan and Takhar.");
        Assert.Equal("AF", At(document, "Badakhshan").Place.CountryCode);
    }

    [Theory]
    [InlineData("Protesters blocked the main road in Gorno-Badakhshan on Monday.", "Gorno-Badakhshan")]
    [InlineData("Security forces were sent to GBAO after the killing.", "GBAO")]
    [InlineData("Clashes broke out in the Badakhshan autonomous region of Tajikistan.", "Badakhshan autonomous region")]
    [InlineData("Tajik officials said the situation in Badakhshan was calm again.", "Badakhshan")]
    public void Badakhshan_as_Tajikistans_autonomous_region(string text, string name)
    {
        var document = Read(text);
        var place = At(document, name).Place;
        Assert.Equal("TJ", place.CountryCode);
        Assert.Equal(PlaceKind.Region, place.Kind);
    }

    [Fact]
    public void A_person_called_Nuri_is_not_a_place()
    {
        var document = Read("Opposition leader Sayid Abdullo Nuri returned to Dushanbe in 1997. Nuri said the peace would hold.");
        NotAPlace(document, "Nuri");
        Assert.Equal("TJ", At(document, "Dushanbe").Place.CountryCode);
    }

    [Theory]
    [InlineData("Hasan", "A local elder, Mahmud Hasan, told reporters the village had no water.")]
    [InlineData("Salim", "Mr Salim was detained at the airport in Dushanbe.")]
    [InlineData("Khan", "The Aga Khan visited Khorog in May.")]
    [InlineData("Hisor", "Police questioned Farrukh Hisor, a driver from Dushanbe.")]
    public void Personal_names_that_are_also_towns_are_not_places(string name, string text)
    {
        Assert.False(ReferenceData.Shared.Gazetteer.Find(name).IsEmpty, $"'{name}' should be a gazetteer name for this test to mean anything");
        NotAPlace(Read(text), name);
    }

    [Fact]
    public void A_name_once_used_for_a_person_is_a_person_throughout_the_report()
    {
        var document = Read("The defendant, Rustam Hasan, denied the charges. Hasan faces up to 20 years.");
        Assert.DoesNotContain(document.Places, p => document.Text[p.Start..p.End] == "Hasan");
    }

    [Theory]
    [InlineData("Police", "Police in Osh detained four men after the clash.")]
    [InlineData("Along", "Along the border, guards reported calm.")]
    [InlineData("Union", "The Union of Journalists condemned the arrest in Bishkek.")]
    [InlineData("Man", "Man detained after attack in Kazan, Russian police say.")]
    [InlineData("Of", "Of the 32 dead, 29 were inmates, officials in Dushanbe said.")]
    public void Ordinary_words_that_are_also_towns_are_not_places(string word, string text)
    {
        Assert.False(ReferenceData.Shared.Gazetteer.Find(word).IsEmpty, $"'{word}' should be a gazetteer name for this test to mean anything");
        NotAPlace(Read(text), word);
    }

    [Fact]
    public void Mary_is_the_Turkmen_city_in_a_Turkmen_story()
    {
        var document = Read("Turkmen authorities said a fire destroyed a market in Mary on Thursday.");
        Assert.Equal("TM", At(document, "Mary").Place.CountryCode);
    }

    [Fact]
    public void Mary_elsewhere_is_a_name()
    {
        var document = Read("Mary told the court in Berlin that she had seen the attacker.");
        NotAPlace(document, "Mary");
    }

    [Theory]
    [InlineData("A gunman opened fire in a club in New York on Saturday.", "New York", "US")]
    [InlineData("A blast hit the metro in St Petersburg in April 2017.", "St Petersburg", "RU")]
    [InlineData("A drone strike killed five militants in North Waziristan.", "North Waziristan", "PK")]
    [InlineData("Police in Los Angeles arrested a suspect.", "Los Angeles", "US")]
    [InlineData("Gunmen attacked a police post in Mazar-i-Sharif.", "Mazar-i-Sharif", "AF")]
    public void Names_of_several_words_are_read_whole(string text, string name, string country)
    {
        var mention = At(Read(text), name);
        Assert.Equal(name, Read(text).Text[mention.Start..mention.End]);
        Assert.Equal(country, mention.Place.CountryCode);
    }

    [Fact]
    public void A_German_city_and_its_state()
    {
        var document = Read("Police in Cologne, in the German state of North Rhine-Westphalia, arrested a man suspected of planning an attack.");
        Assert.Equal("DE", At(document, "Cologne").Place.CountryCode);
        var state = At(document, "North Rhine-Westphalia").Place;
        Assert.Equal(PlaceKind.Region, state.Kind);
        Assert.Equal("DE", state.CountryCode);
    }

    [Fact]
    public void A_Turkish_city()
    {
        var document = Read("A car bomb exploded near a police station in Diyarbakir, Turkey, killing three officers.");
        var city = At(document, "Diyarbakir").Place;
        Assert.Equal("TR", city.CountryCode);
        Assert.Equal(PlaceKind.City, city.Kind);
    }

    [Fact]
    public void The_country_after_a_comma_decides_between_namesakes()
    {
        var document = Read("A shooting at a school in Hyderabad, Pakistan left two students dead.");
        Assert.Equal("PK", At(document, "Hyderabad").Place.CountryCode);
    }

    [Fact]
    public void A_province_suffix_makes_the_mention_a_region()
    {
        var document = Read("Fighting was reported in Kunduz province and in Kunduz city.");
        Assert.Equal(PlaceKind.Region, At(document, "Kunduz province").Place.Kind);
        Assert.Equal(PlaceKind.City, At(document, "Kunduz city").Place.Kind);
    }

    [Fact]
    public void Continents_and_world_regions_are_not_read_as_towns()
    {
        var document = Read("Security in Central Asia and the Middle East worries Western governments.");
        NotAPlace(document, "Asia");
        NotAPlace(document, "Western");
    }

    [Fact]
    public void Acronyms_in_capitals_are_not_towns()
    {
        var document = Read("The UTO signed the accord with the government in Moscow.");
        NotAPlace(document, "UTO");
        Assert.Equal("RU", At(document, "Moscow").Place.CountryCode);
    }

    [Fact]
    public void A_text_with_no_places_has_no_focus_country()
    {
        var document = Read("The statement did not say when the talks would resume.");
        Assert.Empty(document.Places);
        Assert.Null(document.FocusCountry);
    }

    [Fact]
    public void A_Tajik_valley_wins_over_an_Iranian_city_of_the_same_name_in_a_Tajik_report()
    {
        var document = Read("Tajik government troops launched an operation in the Rasht Valley after the ambush.");
        Assert.Equal("TJ", At(document, "Rasht").Place.CountryCode);
    }

    [Fact]
    public void The_same_name_in_an_Iranian_report_is_the_Iranian_city()
    {
        var document = Read("Iranian police said a gas explosion in Rasht killed two people.");
        Assert.Equal("IR", At(document, "Rasht").Place.CountryCode);
    }

    [Fact]
    public void Places_in_a_title_case_headline_are_read()
    {
        var document = Read("Gunmen Kill Four Police Officers In Dagestan Attack\n\nMAKHACHKALA, Russia — Gunmen attacked a traffic police post.");
        Assert.Equal("RU", At(document, "Dagestan").Place.CountryCode);
        Assert.Equal(PlaceRole.Dateline, At(document, "MAKHACHKALA").Role);
    }

    [Fact]
    public void A_Russian_region_and_its_capital()
    {
        var document = Read("Two militants were killed in a shootout in Nalchik, the capital of Kabardino-Balkaria, Russian investigators said.");
        Assert.Equal("RU", At(document, "Nalchik").Place.CountryCode);
        Assert.Equal(PlaceKind.Region, At(document, "Kabardino-Balkaria").Place.Kind);
    }

    [Fact]
    public void A_US_city_and_the_country_by_its_abbreviation()
    {
        var document = Read("The FBI said the suspect had lived in Philadelphia before he left the U.S. for Turkey.");
        Assert.Equal("US", At(document, "Philadelphia").Place.CountryCode);
        Assert.Equal(PlaceKind.Country, At(document, "U.S.").Place.Kind);
        Assert.Equal("TR", At(document, "Turkey").Place.CountryCode);
    }

    [Fact]
    public void An_ordinary_word_opening_a_sentence_is_not_a_place_when_the_text_uses_it_in_lower_case()
    {
        var document = Read("Deal or no deal, the talks in Astana went on. Officials said a deal was close.");
        Assert.DoesNotContain(document.Places, p => document.Text[p.Start..p.End] == "Deal");
        Assert.Equal("KZ", At(document, "Astana").Place.CountryCode);
    }
}
