using Pamir.Core.Claims;
using Pamir.Core.Quantities;
using Pamir.Core.Time;
using Pamir.Tests.Relations;

namespace Pamir.Tests.Claims;

public class ClaimExtractorTests
{
    private static readonly ClaimExtractor Extractor = new(ClaimLexicon.Load());

    private static IReadOnlyList<Claim> ClaimsIn(HandAnnotated report) => Extractor.Extract(report.Build());

    [Fact]
    public void A_border_length_in_kilometres_is_the_length_of_the_border_between_the_two_countries()
    {
        var claims = ClaimsIn(HandAnnotated.Of("Kyrgyzstan reinforced its 1,000-kilometre border with Tajikistan last year.")
            .Country("Kyrgyzstan", "KG").Country("Tajikistan", "TJ").Quantity("1,000-kilometre", 1000, "km"));

        var claim = Assert.Single(claims);
        Assert.Equal("length of the Kyrgyzstan-Tajikistan border", claim.Measure);
        Assert.Equal("Kyrgyzstan", claim.Subject);
        Assert.Equal(1000, claim.Value);
        Assert.Equal("km", claim.Unit);
    }

    [Fact]
    public void A_border_named_by_two_demonyms_is_the_same_measure_whichever_order_they_come_in()
    {
        var first = ClaimsIn(HandAnnotated.Of("Clashes have crept towards the 1,400km Afghan-Tajik border.")
            .Quantity("1,400km", 1400, "km").Country("Afghan", "AF", "Afghanistan").Country("Tajik", "TJ", "Tajikistan"));
        var second = ClaimsIn(HandAnnotated.Of("Guards patrol the 1,344 km long Tajik-Afghan border.")
            .Quantity("1,344 km", 1344, "km").Country("Tajik", "TJ", "Tajikistan").Country("Afghan", "AF", "Afghanistan"));

        Assert.Equal(Assert.Single(first).Measure, Assert.Single(second).Measure);
    }

    [Fact]
    public void A_border_shared_with_one_named_neighbour_belongs_to_the_country_in_focus()
    {
        var claim = Assert.Single(ClaimsIn(HandAnnotated.Of("I grew up in Tajikistan. My country shares a 1,400 km long border with troubled Afghanistan.")
            .Country("Tajikistan", "TJ").Quantity("1,400 km", 1400, "km").Country("Afghanistan", "AF").Focus("TJ")));

        Assert.Equal("length of the Afghanistan-Tajikistan border", claim.Measure);
    }

    [Fact]
    public void A_share_of_GDP_is_named_after_what_makes_it_up()
    {
        var claim = Assert.Single(ClaimsIn(HandAnnotated.Of("Drug trafficking makes up 30% of Kyrgyzstan's GDP, officials say.")
            .Quantity("30%", 30, "%").Country("Kyrgyzstan", "KG")));

        Assert.Equal("drug trade as a share of Kyrgyzstan's GDP", claim.Measure);
        Assert.Equal(30, claim.Value);
        Assert.Equal("%", claim.Unit);
    }

    [Fact]
    public void The_economy_and_GNP_are_read_as_GDP_so_shares_of_them_group_together()
    {
        var economy = ClaimsIn(HandAnnotated.Of("Remittances are equal to 35% of the Kyrgyz economy.")
            .Quantity("35%", 35, "%").Country("Kyrgyz", "KG", "Kyrgyzstan"));
        var gnp = ClaimsIn(HandAnnotated.Of("Remittances reached up to 40% of Kyrgyzstan's entire GNP.")
            .Quantity("up to 40%", 40, "%", Approximation.UpTo).Country("Kyrgyzstan", "KG"));

        Assert.Equal("remittances as a share of Kyrgyzstan's GDP", Assert.Single(economy).Measure);
        var claim = Assert.Single(gnp);
        Assert.Equal("remittances as a share of Kyrgyzstan's GDP", claim.Measure);
        Assert.Equal("up to", claim.Qualifier);
    }

    [Fact]
    public void A_range_in_per_cent_keeps_both_ends_and_takes_its_topic_from_the_sentence_before()
    {
        var claim = Assert.Single(ClaimsIn(HandAnnotated.Of("Heroin smuggling shapes Tajikistan. It brings in 20 to 30 per cent of GDP.")
            .Country("Tajikistan", "TJ").Quantity("20 to 30 per cent", 20, "%", Approximation.Range, upper: 30).Focus("TJ")));

        Assert.Equal(20, claim.Value);
        Assert.Equal(30, claim.Upper);
        Assert.Equal("drug trade as a share of Tajikistan's GDP", claim.Measure);
    }

    [Fact]
    public void Figures_in_sentences_one_after_another_each_keep_their_own_words_and_take_the_topic_just_before()
    {
        var claims = ClaimsIn(HandAnnotated.Of("Remittances are equal to 35% of the Kyrgyz economy. Remittances rose to 40% of GDP. A year later it was 45% of GDP.")
            .Quantity("35%", 35, "%").Country("Kyrgyz", "KG", "Kyrgyzstan").Quantity("40%", 40, "%").Quantity("45%", 45, "%").Focus("KG"));

        Assert.Equal(["35% of the Kyrgyz economy", "40% of GDP", "45% of GDP"], claims.Select(c => c.StatedAs));
        Assert.All(claims, c => Assert.Equal("remittances as a share of Kyrgyzstan's GDP", c.Measure));
    }

    [Fact]
    public void More_than_half_counts_as_fifty_per_cent_and_keeps_its_qualifier()
    {
        var claim = Assert.Single(ClaimsIn(HandAnnotated.Of("Uzbekistan depends on its migrants. More than half of its GDP comes from remittances.")
            .Country("Uzbekistan", "UZ").Focus("UZ")));

        Assert.Equal(50, claim.Value);
        Assert.Equal("more than", claim.Qualifier);
        Assert.Equal("%", claim.Unit);
        Assert.Equal("remittances as a share of Uzbekistan's GDP", claim.Measure);
        Assert.Equal("More than half of its GDP", claim.StatedAs);
    }

    [Fact]
    public void Almost_a_third_counts_as_thirty_three_per_cent()
    {
        var claim = Assert.Single(ClaimsIn(HandAnnotated.Of("The narcotics trade accounts for almost a third of Kyrgyzstan's economy.")
            .Country("Kyrgyzstan", "KG")));

        Assert.Equal(33, claim.Value);
        Assert.Equal("almost", claim.Qualifier);
    }

    [Fact]
    public void A_sentence_with_a_figure_in_digits_still_gives_the_fraction_in_words_beside_it()
    {
        var claims = ClaimsIn(HandAnnotated.Of("Migrants sent home $2.7 billion in remittances, almost a third of Kyrgyzstan's GDP.")
            .Country("Kyrgyzstan", "KG").Quantity("$2.7 billion", 2.7e9, "USD"));

        Assert.Contains(claims, c => c.Unit == "USD" && c.Value == 2.7e9);
        var share = Assert.Single(claims, c => c.Unit == "%");
        Assert.Equal(33, share.Value);
        Assert.Equal("almost", share.Qualifier);
    }

    [Fact]
    public void A_figure_without_a_fraction_in_words_gives_no_share()
    {
        var claims = ClaimsIn(HandAnnotated.Of("Migrants sent home $2.7 billion in remittances to Kyrgyzstan.")
            .Country("Kyrgyzstan", "KG").Quantity("$2.7 billion", 2.7e9, "USD"));

        Assert.DoesNotContain(claims, c => c.Unit == "%");
        Assert.Single(claims);
    }

    [Fact]
    public void A_population_of_nine_million_is_a_head_count_of_the_country()
    {
        var claim = Assert.Single(ClaimsIn(HandAnnotated.Of("Tajikistan, home to a population of nine million, remains the poorest of the former Soviet republics.")
            .Country("Tajikistan", "TJ").Quantity("nine million", 9_000_000)));

        Assert.Equal("population of Tajikistan", claim.Measure);
        Assert.Equal(9_000_000, claim.Value);
        Assert.Equal("people", claim.Unit);
    }

    [Fact]
    public void A_population_stated_before_its_noun_is_read_the_same_way()
    {
        var strong = ClaimsIn(HandAnnotated.Of("Half of Kyrgyzstan's 6.7m-strong population lives in villages.")
            .Country("Kyrgyzstan", "KG").Quantity("6.7m", 6_700_000));
        var plain = ClaimsIn(HandAnnotated.Of("Few in Kyrgyzstan's 6.7 million population vote.")
            .Country("Kyrgyzstan", "KG").Quantity("6.7 million", 6_700_000));

        Assert.Equal("population of Kyrgyzstan", Assert.Single(strong).Measure);
        Assert.Equal("population of Kyrgyzstan", Assert.Single(plain).Measure);
    }

    [Fact]
    public void Border_guards_belong_to_the_country_whose_army_the_sentence_names()
    {
        var claim = Assert.Single(ClaimsIn(HandAnnotated.Of("The Kyrgyz army stands behind 12,000 border guards.")
            .Country("Kyrgyz", "KG", "Kyrgyzstan").Quantity("12,000", 12_000)));

        Assert.Equal("border guards of Kyrgyzstan", claim.Measure);
        Assert.Equal(12_000, claim.Value);
    }

    [Fact]
    public void A_planned_increase_gives_the_present_figure_and_the_future_one_with_its_date()
    {
        var claims = ClaimsIn(HandAnnotated.Of("Russia's military base in Kyrgyzstan will grow from 500 men to 1,500 by 2027.")
            .Country("Russia", "RU").Country("Kyrgyzstan", "KG").Quantity("500", 500).Quantity("1,500", 1500).Time("2027", new FuzzyDate(2027)));

        Assert.Equal(2, claims.Count);
        Assert.All(claims, c => Assert.Equal("troops of Russia", c.Measure));
        Assert.Equal(500, claims[0].Value);
        Assert.Null(claims[0].RefersTo);
        Assert.Equal(1500, claims[1].Value);
        Assert.Equal(new FuzzyDate(2027), claims[1].RefersTo);
    }

    [Fact]
    public void A_sum_of_remittances_is_in_its_currency_and_dated_by_the_year_beside_it()
    {
        var claim = Assert.Single(ClaimsIn(HandAnnotated.Of("Kazakhstan's central bank said $1.2 billion of remittances were sent to Uzbekistan in 2021.")
            .Country("Kazakhstan", "KZ").Country("Uzbekistan", "UZ").Quantity("$1.2 billion", 1.2e9, "USD").Time("2021", new FuzzyDate(2021))));

        Assert.Equal("remittances of Uzbekistan", claim.Measure);
        Assert.Equal(1.2e9, claim.Value);
        Assert.Equal("USD", claim.Unit);
        Assert.Equal(new FuzzyDate(2021), claim.RefersTo);
    }

    [Fact]
    public void A_share_of_foreign_debt_names_the_creditor()
    {
        var claim = Assert.Single(ClaimsIn(HandAnnotated.Of("By 2023, Kyrgyzstan owed nearly 40% of its foreign debt to China.")
            .Country("Kyrgyzstan", "KG").Country("China", "CN").Quantity("nearly 40%", 40, "%", Approximation.Nearly).Time("2023", new FuzzyDate(2023))));

        Assert.Equal("share of Kyrgyzstan's foreign debt owed to China", claim.Measure);
        Assert.Equal("almost", claim.Qualifier);
        Assert.Equal(new FuzzyDate(2023), claim.RefersTo);
    }

    [Fact]
    public void A_death_toll_is_left_to_the_incident_reports()
    {
        var claims = ClaimsIn(HandAnnotated.Of("The clash left 12 border guards dead near the Kyrgyz village.")
            .Quantity("12", 12).Country("Kyrgyz", "KG", "Kyrgyzstan"));

        Assert.Empty(claims);
    }

    [Fact]
    public void A_percentage_that_is_not_a_share_of_a_measure_is_not_a_key_figure()
    {
        var claims = ClaimsIn(HandAnnotated.Of("Drug seizures in Tajikistan rose by 69% last year.")
            .Quantity("69%", 69, "%").Country("Tajikistan", "TJ"));

        Assert.Empty(claims);
    }

    [Fact]
    public void Men_are_counted_as_troops_only_where_the_sentence_is_about_the_military()
    {
        var migrants = ClaimsIn(HandAnnotated.Of("About 400,000 men from Tajikistan work in Russia.")
            .Quantity("400,000", 400_000, approximation: Approximation.About).Country("Tajikistan", "TJ").Country("Russia", "RU"));

        Assert.Empty(migrants);
    }

    [Fact]
    public void Refugees_belong_to_the_nation_named_beside_them_not_to_the_country_counting_them()
    {
        var claim = Assert.Single(ClaimsIn(HandAnnotated.Of("Germany recorded around 2,000 Uzbek refugees in 2019.")
            .Country("Germany", "DE").Quantity("around 2,000", 2000, approximation: Approximation.About).Country("Uzbek", "UZ", "Uzbekistan")));

        Assert.Equal("refugees of Uzbekistan", claim.Measure);
        Assert.Equal("about", claim.Qualifier);
    }

    [Fact]
    public void Soldiers_counted_among_the_dead_of_an_assault_are_a_toll_not_a_key_figure()
    {
        var claims = ClaimsIn(HandAnnotated.Of("Twenty civilians were killed in the assault on the town, alongside 14 soldiers and officials.")
            .Quantity("14", 14));

        Assert.Empty(claims);
    }

    [Fact]
    public void A_possessive_written_with_an_opening_quote_still_names_the_owner()
    {
        var claim = Assert.Single(ClaimsIn(HandAnnotated.Of("The narcotics trade accounts for almost a third of Kyrgyzstan‘s economy.")
            .Country("Kyrgyzstan", "KG")));

        Assert.Equal("Kyrgyzstan", claim.Subject);
    }

    [Fact]
    public void Every_claim_points_at_its_sentence_and_carries_the_publication_date()
    {
        var report = HandAnnotated.Of("Armenia is small. Armenia has a population of three million.")
            .Country("Armenia", "AM", occurrence: 2).Quantity("three million", 3_000_000).Published(new FuzzyDate(2020, 3, 1));

        var claim = Assert.Single(ClaimsIn(report));

        Assert.Equal("Armenia has a population of three million.", claim.Evidence.Of(report.Build().Text));
        Assert.Equal(new FuzzyDate(2020, 3, 1), claim.Published);
    }
}
