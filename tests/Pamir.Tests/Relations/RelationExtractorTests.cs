using Pamir.Core.Names;
using Pamir.Core.Relations;
using Pamir.Core.Time;

namespace Pamir.Tests.Relations;

public class RelationExtractorTests
{
    private static readonly Dictionary<string, string> Catalogue = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RUS"] = "Russia", ["BLR"] = "Belarus", ["CHN"] = "China", ["PRC"] = "China", ["TUR"] = "Turkey", ["AZE"] = "Azerbaijan",
        ["IRN"] = "Iran", ["ARM"] = "Armenia", ["PKK"] = "Kurdistan Workers' Party",
    };

    private static readonly RelationExtractor Extractor = new(RelationLexicon.Load(), n => Catalogue.GetValueOrDefault(n.Trim()));

    private static IReadOnlyList<RelationStatement> RelationsIn(HandAnnotated report) => Extractor.Extract(report.Build());

    private static RelationStatement Only(IReadOnlyList<RelationStatement> relations, RelationType type) => Assert.Single(relations, r => r.Type == type);

    [Fact]
    public void A_main_security_partner_named_in_apposition_is_a_partner_of_the_sentence_subject()
    {
        var r = Only(RelationsIn(HandAnnotated.Of("Armenia still relies on Russia, its main security partner.")
            .Country("Armenia", "AM").Country("Russia", "RU")), RelationType.Partner);

        Assert.Equal(("Armenia", "Russia"), (r.Source, r.Target));
    }

    [Fact]
    public void Backing_a_former_foe_against_a_new_enemy_supports_the_one_and_makes_the_other_an_adversary()
    {
        var relations = RelationsIn(HandAnnotated.Of("Tashkent later armed its erstwhile foe, the Northern Alliance, against its new adversary, the Taliban.")
            .Name("Tashkent", ActorKind.State, "Uzbekistan").Name("Northern Alliance", ActorKind.ArmedGroup).Name("Taliban", ActorKind.ArmedGroup));

        var supports = Only(relations, RelationType.Supports);
        Assert.Equal(("Uzbekistan", "Northern Alliance"), (supports.Source, supports.Target));
        var adversary = Only(relations, RelationType.Adversary);
        Assert.Equal(("Uzbekistan", "Taliban"), (adversary.Source, adversary.Target));
    }

    [Fact]
    public void A_regime_condemned_by_a_president_is_his_adversary()
    {
        var active = Only(RelationsIn(HandAnnotated.Of("President Mirziyoyev has condemned the Taliban regime for its treatment of women.")
            .Name("Mirziyoyev", ActorKind.Person, "Shavkat Mirziyoyev").Name("Taliban", ActorKind.ArmedGroup)), RelationType.Adversary);
        var passive = Only(RelationsIn(HandAnnotated.Of("The Taliban regime was condemned by President Mirziyoyev.")
            .Name("Taliban", ActorKind.ArmedGroup).Name("Mirziyoyev", ActorKind.Person, "Shavkat Mirziyoyev")), RelationType.Adversary);

        Assert.Equal(("Shavkat Mirziyoyev", "Taliban"), (active.Source, active.Target));
        Assert.Equal(("Shavkat Mirziyoyev", "Taliban"), (passive.Source, passive.Target));
    }

    [Fact]
    public void Two_states_signing_a_strategic_partnership_are_partners_from_that_year()
    {
        var r = Only(RelationsIn(HandAnnotated.Of("Kazakhstan and China signed a strategic partnership in 2019.")
            .Country("Kazakhstan", "KZ").Country("China", "CN").Time("2019", new FuzzyDate(2019))), RelationType.Partner);

        Assert.Equal(("Kazakhstan", "China"), (r.Source, r.Target));
        Assert.Equal(new FuzzyDate(2019), r.Since);
    }

    [Fact]
    public void States_at_war_are_adversaries_and_a_rivalry_between_two_makes_them_rivals()
    {
        var war = Only(RelationsIn(HandAnnotated.Of("Armenia was at war with Azerbaijan until 2020.")
            .Country("Armenia", "AM").Country("Azerbaijan", "AZ").Time("2020", new FuzzyDate(2020))), RelationType.Adversary);
        var rivalry = Only(RelationsIn(HandAnnotated.Of("Analysts describe the rivalry between Uzbekistan and Tajikistan over water.")
            .Country("Uzbekistan", "UZ").Country("Tajikistan", "TJ")), RelationType.Rival);

        Assert.Equal(("Armenia", "Azerbaijan"), (war.Source, war.Target));
        Assert.Equal(new FuzzyDate(2020), war.Until);
        Assert.Null(war.Since);
        Assert.Equal(("Uzbekistan", "Tajikistan"), (rivalry.Source, rivalry.Target));
    }

    [Fact]
    public void A_party_leader_is_leader_of_the_party_whether_named_before_or_after_the_title()
    {
        var apposition = Only(RelationsIn(HandAnnotated.Of("Muhiddin Kabiri, the leader of the IRPT, lives in exile.")
            .Name("Muhiddin Kabiri", ActorKind.Person).Name("IRPT", ActorKind.Organization, "Islamic Renaissance Party of Tajikistan")), RelationType.LeaderOf);
        var prefix = Only(RelationsIn(HandAnnotated.Of("IRPT leader Muhiddin Kabiri spoke in Berlin.")
            .Name("IRPT", ActorKind.Organization, "Islamic Renaissance Party of Tajikistan").Name("Muhiddin Kabiri", ActorKind.Person)), RelationType.LeaderOf);

        Assert.Equal(("Muhiddin Kabiri", "Islamic Renaissance Party of Tajikistan"), (apposition.Source, apposition.Target));
        Assert.Equal(("Muhiddin Kabiri", "Islamic Renaissance Party of Tajikistan"), (prefix.Source, prefix.Target));
    }

    [Fact]
    public void A_son_of_a_president_is_family_of_him()
    {
        var r = Only(RelationsIn(HandAnnotated.Of("Rustam Emomali is the son of Emomali Rahmon.")
            .Name("Rustam Emomali", ActorKind.Person).Name("Emomali Rahmon", ActorKind.Person)), RelationType.FamilyOf);

        Assert.Equal(("Rustam Emomali", "Emomali Rahmon"), (r.Source, r.Target));
    }

    [Fact]
    public void A_commander_who_defected_in_a_given_month_holds_that_relation_from_then()
    {
        var r = Only(RelationsIn(HandAnnotated.Of("Colonel Gulmurod Khalimov defected to Islamic State in May 2015.")
            .Name("Gulmurod Khalimov", ActorKind.Person).Name("Islamic State", ActorKind.ArmedGroup).Time("May 2015", new FuzzyDate(2015, 5))), RelationType.DefectedTo);

        Assert.Equal(("Gulmurod Khalimov", "Islamic State"), (r.Source, r.Target));
        Assert.Equal(new FuzzyDate(2015, 5), r.Since);
    }

    [Fact]
    public void A_party_banned_by_a_court_is_banned_by_it_whichever_voice_the_sentence_uses()
    {
        var active = Only(RelationsIn(HandAnnotated.Of("The Supreme Court banned the IRPT in 2015.")
            .Name("Supreme Court", ActorKind.Organization).Name("IRPT", ActorKind.Organization)), RelationType.BannedBy);
        var passive = Only(RelationsIn(HandAnnotated.Of("The IRPT was banned by the Supreme Court.")
            .Name("IRPT", ActorKind.Organization).Name("Supreme Court", ActorKind.Organization)), RelationType.BannedBy);

        Assert.Equal(("IRPT", "Supreme Court"), (active.Source, active.Target));
        Assert.Equal(("IRPT", "Supreme Court"), (passive.Source, passive.Target));
    }

    [Fact]
    public void Every_state_in_a_list_of_backers_is_supported_by_the_subject()
    {
        var relations = RelationsIn(HandAnnotated.Of("Moscow supported Armenia, Belarus and Kazakhstan with loans.")
            .Name("Moscow", ActorKind.State, "Russia").Country("Armenia", "AM").Country("Belarus", "BY").Country("Kazakhstan", "KZ"));

        Assert.Equal(["Armenia", "Belarus", "Kazakhstan"], relations.Where(r => r.Type == RelationType.Supports).Select(r => r.Target));
        Assert.All(relations, r => Assert.Equal("Russia", r.Source));
    }

    [Fact]
    public void Lists_of_backers_in_two_sentences_running_on_are_each_read_from_their_own_sentence()
    {
        var relations = RelationsIn(HandAnnotated.Of("Moscow supported Armenia and Belarus with loans. Ankara supported Azerbaijan, Georgia and Ukraine with drones.")
            .Name("Moscow", ActorKind.State, "Russia").Country("Armenia", "AM").Country("Belarus", "BY")
            .Name("Ankara", ActorKind.State, "Turkey").Country("Azerbaijan", "AZ").Country("Georgia", "GE").Country("Ukraine", "UA"));

        Assert.Equal(
            [("Russia", "Armenia"), ("Russia", "Belarus"), ("Turkey", "Azerbaijan"), ("Turkey", "Georgia"), ("Turkey", "Ukraine")],
            relations.Where(r => r.Type == RelationType.Supports).Select(r => (r.Source, r.Target)));
    }

    [Fact]
    public void Actors_far_apart_in_a_long_sentence_are_not_related_by_a_trigger_between_them()
    {
        var relations = RelationsIn(HandAnnotated.Of("Russia held talks on trade, energy, migration, water, roads, tariffs and many other subjects, and later supported a new fund run by officials from several ministries in Kyrgyzstan.")
            .Country("Russia", "RU").Country("Kyrgyzstan", "KG"));

        Assert.Empty(relations);
    }

    [Fact]
    public void A_state_glued_to_led_leads_the_body_named_right_after_it()
    {
        var r = Only(RelationsIn(HandAnnotated.Of("Then the Moscow-led CSTO would be asked to step in.")
            .Name("Moscow", ActorKind.State, "Russia").Name("CSTO", ActorKind.Organization)), RelationType.LeaderOf);

        Assert.Equal(("Russia", "CSTO"), (r.Source, r.Target));
    }

    [Fact]
    public void Joining_a_coalition_led_by_a_state_makes_nobody_a_member_of_that_state()
    {
        var relations = RelationsIn(HandAnnotated.Of("Dushanbe joined the US-led coalition that drove the Taliban from power.")
            .Name("Dushanbe", ActorKind.State, "Tajikistan").Name("US", ActorKind.State, "United States").Name("Taliban", ActorKind.ArmedGroup));

        Assert.Empty(relations);
    }

    [Fact]
    public void A_role_noun_relates_only_the_actor_set_beside_it_in_apposition()
    {
        var relations = RelationsIn(HandAnnotated.Of("The defection to ISIS of the head of the Tajik riot police shook the capital.")
            .Name("ISIS", ActorKind.ArmedGroup).Name("Tajik riot police", ActorKind.Organization));

        Assert.DoesNotContain(relations, r => r.Type == RelationType.LeaderOf);
    }

    [Fact]
    public void Events_that_led_to_closer_ties_are_no_leadership()
    {
        Assert.Empty(RelationsIn(HandAnnotated.Of("The war in Afghanistan led to close ties between Tajikistan and the EU.")
            .Country("Afghanistan", "AF").Country("Tajikistan", "TJ").Name("EU", ActorKind.Organization)));
    }

    [Fact]
    public void Each_relation_points_at_its_sentence()
    {
        var report = HandAnnotated.Of("Talks failed. Armenia still relies on Russia, its main security partner.").Country("Armenia", "AM").Country("Russia", "RU");

        var r = Assert.Single(Extractor.Extract(report.Build()));

        Assert.Equal("Armenia still relies on Russia, its main security partner.", r.Evidence.Of(report.Build().Text));
    }
}
