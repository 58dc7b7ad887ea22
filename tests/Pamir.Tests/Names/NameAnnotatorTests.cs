using Pamir.Core.Names;

namespace Pamir.Tests.Names;

public sealed class NameAnnotatorTests
{
    [Fact]
    public void A_catalogued_leader_is_found_under_each_spelling_and_resolved_to_his_full_name()
    {
        var doc = Reports.Document("President Emomali Rakhmon met the delegation. Later Rahmonov said the talks went well, and Rakhmon left.");
        var names = doc.Names.Where(n => n.CatalogueId == "emomali-rahmon").ToList();
        Assert.Equal(3, names.Count);
        Assert.All(names, n => Assert.Equal("Emomali Rahmon", n.Name));
        Assert.Equal("President", names[0].Role);
    }

    [Fact]
    public void Acronyms_match_only_in_capitals()
    {
        var doc = Reports.Document("The attack is claimed by IS. Officials say IS fighters crossed the border; it is unclear how.");
        Assert.Equal(2, doc.Names.Count(n => n.CatalogueId == "islamic-state"));
    }

    [Fact]
    public void Khorasan_Province_is_its_own_group_not_the_Islamic_State_core()
    {
        var doc = Reports.Document("ISIS-K claimed the bombing. Analysts link ISIS to the plot, while Islamic State Khorasan Province denied it.");
        Assert.Equal("isis-k", Reports.At(doc, "ISIS-K")?.CatalogueId);
        Assert.Equal("islamic-state", Reports.At(doc, "ISIS")?.CatalogueId);
        Assert.Equal("isis-k", Reports.At(doc, "Islamic State Khorasan Province")?.CatalogueId);
    }

    [Fact]
    public void A_profile_list_of_codes_names_states_and_groups()
    {
        var doc = Reports.Document("Allies\n\nRUS\n\nPartners\n\nPRC\nIRA\nKAZ\n\nAdversaries\n\nHQN\nJA\n");
        var ids = doc.Names.Select(n => n.CatalogueId ?? "").ToArray();
        Assert.Equal(["russia", "china", "iran", "kazakhstan", "haqqani-network", "jamaat-ansarullah"], ids);
    }

    [Fact]
    public void A_capital_that_acts_is_its_government()
    {
        var doc = Reports.Document("After the attacks Dushanbe joined the coalition. Moscow and Dushanbe both denied the report.");
        Assert.Equal(2, doc.Names.Count(n => n.CatalogueId == "tajikistan"));
        Assert.Equal("russia", Reports.At(doc, "Moscow")?.CatalogueId);
    }

    [Fact]
    public void A_capital_where_something_happens_is_a_place_not_an_actor()
    {
        var names = Reports.Names("A bomb exploded in Dushanbe on Monday. Protesters gathered near Bishkek and marched to Tashkent.");
        Assert.DoesNotContain(names, n => n.Kind == ActorKind.State);
    }

    [Fact]
    public void A_possessive_capital_with_a_policy_word_is_the_government()
    {
        var doc = Reports.Document("The deal reflected Beijing's growing influence, and came with support from Moscow.");
        Assert.Equal("china", Reports.At(doc, "Beijing")?.CatalogueId);
        Assert.Equal("russia", Reports.At(doc, "Moscow")?.CatalogueId);
    }

    [Fact]
    public void A_country_is_an_actor_except_where_it_is_the_scene()
    {
        var doc = Reports.Document("Kyrgyzstan accused Uzbekistan of shelling. Two soldiers died in Kyrgyzstan.");
        Assert.Equal(2, doc.Names.Count(n => n.Kind == ActorKind.State));
        Assert.DoesNotContain(doc.Names, n => n.Kind == ActorKind.State && n.Start > doc.Text.IndexOf("died", StringComparison.Ordinal));
    }

    [Fact]
    public void A_demonym_with_government_is_the_state()
    {
        var doc = Reports.Document("Kazakh authorities detained the men, and the Turkmen government said nothing.");
        Assert.Equal("kazakhstan", Reports.At(doc, "Kazakh authorities")?.CatalogueId);
        Assert.Equal("turkmenistan", Reports.At(doc, "Turkmen government")?.CatalogueId);
    }

    [Fact]
    public void A_title_makes_an_unknown_name_a_person_and_gives_the_role()
    {
        var name = Reports.At("Gen. Bahodur Sharipzoda inspected the troops at the border post.", "Bahodur Sharipzoda");
        Assert.NotNull(name);
        Assert.Equal(ActorKind.Person, name.Kind);
        Assert.Equal("Gen", name.Role);
    }

    [Fact]
    public void A_compound_title_is_stripped_from_the_name()
    {
        var name = Reports.At("Deputy Interior Minister Farkhod Nazriev resigned on Friday.", "Farkhod Nazriev");
        Assert.Equal("Deputy Interior Minister", name?.Role);
    }

    [Fact]
    public void A_demonym_before_a_title_gives_the_country()
    {
        var name = Reports.At("Kyrgyz President Temirbek Ashirov visited the region.", "Temirbek Ashirov");
        Assert.Equal("President", name?.Role);
        Assert.Equal("KG", name?.CountryCode);
    }

    [Fact]
    public void A_name_shaped_like_the_region_s_names_is_a_person()
    {
        var names = Reports.Names("The court sentenced Nodira Saidova and Jasur Tursunbekov to ten years.");
        Assert.Contains(names, n => n.Name == "Nodira Saidova" && n.Kind == ActorKind.Person);
        Assert.Contains(names, n => n.Name == "Jasur Tursunbekov" && n.Kind == ActorKind.Person);
    }

    [Fact]
    public void An_apposition_makes_a_person_and_gives_the_role()
    {
        var name = Reports.At("Karim Dostov, the movement's spokesman, rejected the charges.", "Karim Dostov");
        Assert.Equal(ActorKind.Person, name?.Kind);
        Assert.Equal("the movement's spokesman", name?.Role);
    }

    [Fact]
    public void A_lowercase_role_before_a_full_name_is_its_role()
    {
        var name = Reports.At("The statement was read by opposition leader Marat Kenzhebaev in Almaty.", "Marat Kenzhebaev");
        Assert.Equal("opposition leader", name?.Role);
    }

    [Fact]
    public void Organisation_words_make_a_capitalised_phrase_an_organisation()
    {
        var names = Reports.Names("The Agrarian Party of Kyrgyzstan and the State Border Service issued a joint statement.", ("Kyrgyzstan", "KG", false));
        var party = Assert.Single(names, n => n.Name == "Agrarian Party of Kyrgyzstan");
        Assert.Equal(ActorKind.Organization, party.Kind);
        Assert.Equal("KG", party.CountryCode);
        Assert.Contains(names, n => n.Name == "State Border Service" && n.Kind == ActorKind.Organization);
    }

    [Fact]
    public void A_brigade_or_jamaat_is_an_armed_group()
    {
        var names = Reports.Names("Fighters of the Tavhid Brigade clashed with police.");
        Assert.Contains(names, n => n.Name == "Tavhid Brigade" && n.Kind == ActorKind.ArmedGroup);
    }

    [Fact]
    public void An_acronym_defined_in_the_text_names_the_same_organisation_later()
    {
        var doc = Reports.Document("The Movement for Reform and Development (MRD) held a rally. Police later detained two MRD members.");
        var uses = doc.Names.Where(n => n.Name == "Movement for Reform and Development").ToList();
        Assert.Equal(3, uses.Count);
    }

    [Fact]
    public void A_long_name_defined_by_a_catalogued_acronym_is_that_actor()
    {
        var doc = Reports.Document("Members of the Party of Islamic Revival (IRPT) were jailed.");
        Assert.Equal("irpt", Reports.At(doc, "Party of Islamic Revival")?.CatalogueId);
    }

    [Fact]
    public void A_lone_surname_resolves_to_the_full_name_given_earlier()
    {
        var doc = Reports.Document("Police colonel Bakhtiyor Sharipov defected last year. Col. Sharipov later appeared in a video; Sharipov urged others to follow.");
        var names = doc.Names.Where(n => n.Name == "Bakhtiyor Sharipov").ToList();
        Assert.Equal(3, names.Count);
        Assert.Contains(names, n => n.Role == "Col");
    }

    [Fact]
    public void Another_given_name_before_a_catalogued_surname_is_another_person()
    {
        var doc = Reports.Document("The prosecutor Nuriddin Rahmonov read the charges.");
        Assert.DoesNotContain(doc.Names, n => n.CatalogueId == "emomali-rahmon");
        Assert.Contains(doc.Names, n => n.Name == "Nuriddin Rahmonov" && n.Kind == ActorKind.Person);
    }

    [Fact]
    public void Collective_actors_are_found_with_the_country_of_their_demonym()
    {
        var doc = Reports.Document("Tajik border guards fired on smugglers, while U.S. federal agents arrested eight men. Inmates rioted.");
        Assert.Equal("TJ", Reports.At(doc, "Tajik border guards")?.CountryCode);
        Assert.Equal("US", Reports.At(doc, "federal agents")?.CountryCode);
        Assert.Equal(ActorKind.Group, Reports.At(doc, "Inmates")?.Kind);
        Assert.Equal(ActorKind.Group, Reports.At(doc, "smugglers")?.Kind);
    }

    [Fact]
    public void The_longest_collective_is_taken_where_a_shorter_one_starts_it()
    {
        var doc = Reports.Document("Law enforcement officers detained two men, and law enforcement agencies opened a case.");
        Assert.Equal(ActorKind.Group, Reports.At(doc, "Law enforcement officers")?.Kind);
        Assert.Equal(ActorKind.Group, Reports.At(doc, "law enforcement agencies")?.Kind);
        Assert.DoesNotContain(doc.Names, n => doc.Text[n.Start..n.End] is "Law enforcement" or "law enforcement");
    }

    [Fact]
    public void Places_and_sentence_starters_are_not_taken_for_names()
    {
        var names = Reports.Names("However, Khujand Nazarov Street was closed. After that the market reopened.", ("Khujand", "TJ", false));
        Assert.DoesNotContain(names, n => n.Name.Contains("Khujand") || n.Name.StartsWith("However") || n.Name.StartsWith("After"));
    }

    [Fact]
    public void An_adjective_compound_is_not_a_name()
    {
        var names = Reports.Names("The Soviet-trained officers joined an IS-led cell.");
        Assert.DoesNotContain(names, n => n.Name.StartsWith("Soviet"));
        Assert.Contains(names, n => n.CatalogueId == "islamic-state");
    }

    [Fact]
    public void A_security_committee_shared_by_two_states_is_told_apart_by_the_demonym()
    {
        var doc = Reports.Document("The Kyrgyz GKNB arrested a blogger. The GKNB in Dushanbe did the same.", focusCountry: "TJ");
        Assert.Equal("kg-gknb", doc.Names.First(n => n.Kind == ActorKind.Organization).CatalogueId);
        Assert.Equal("tj-gknb", doc.Names.Last(n => n.Kind == ActorKind.Organization).CatalogueId);
    }
}
