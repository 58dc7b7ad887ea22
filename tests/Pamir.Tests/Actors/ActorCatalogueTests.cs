using Pamir.Core.Actors;
using Pamir.Core.Names;

namespace Pamir.Tests.Actors;

public sealed class ActorCatalogueTests
{
    [Fact]
    public void Every_state_of_the_region_is_listed_with_its_codes()
    {
        var catalogue = ActorCatalogue.Shipped;
        foreach (var (code, id) in new[] { ("RUS", "russia"), ("PRC", "china"), ("CHN", "china"), ("IRA", "iran"), ("IRN", "iran"), ("USA", "united-states"),
                     ("FRA", "france"), ("TKM", "turkmenistan"), ("KAZ", "kazakhstan"), ("UZB", "uzbekistan"), ("KGZ", "kyrgyzstan"), ("AFG", "afghanistan"),
                     ("PAK", "pakistan"), ("IND", "india"), ("TUR", "turkey"), ("TJK", "tajikistan") })
            Assert.Equal(id, catalogue.FindByCode(code)?.Id);
        Assert.All(catalogue.Actors.Where(a => a.Kind == ActorKind.State), s => Assert.NotNull(s.CountryCode));
    }

    [Fact]
    public void Profile_codes_of_groups_expand_to_the_groups()
    {
        var catalogue = ActorCatalogue.Shipped;
        Assert.Equal("National Resistance Front", catalogue.FindByCode("NRF")?.Name);
        Assert.Equal("Taliban", catalogue.FindByCode("IEA")?.Name);
        Assert.Equal("Haqqani Network", catalogue.FindByCode("HQN")?.Name);
        Assert.Equal("Jamaat Ansarullah", catalogue.FindByCode("JA")?.Name);
    }

    [Fact]
    public void Names_are_found_ignoring_case_accents_and_articles()
    {
        var catalogue = ActorCatalogue.Shipped;
        Assert.Equal("taliban", catalogue.Find("the Taliban")?.Id);
        Assert.Equal("recep-tayyip-erdogan", catalogue.Find("Erdoğan")?.Id);
        Assert.Equal("csto", catalogue.Find("Collective Security Treaty Organisation")?.Id);
        Assert.Equal("tajikistan", catalogue.StateOf("TJ")?.Id);
        Assert.Equal("kyrgyzstan", catalogue.StateOfDemonym("kyrgyz")?.Id);
    }

    [Fact]
    public void A_user_file_adds_actors_and_replaces_a_shipped_line_with_the_same_id()
    {
        var catalogue = ActorCatalogue.Parse([
            ("shipped.tsv", "# comment\nirpt\tIslamic Renaissance Party of Tajikistan\torganization\tTJ\tIRP\tIRPT\n"),
            ("mine.tsv", "irpt\tIslamic Renaissance Party of Tajikistan\torganization\tTJ\tNahzat\tIRPT|PIRT\nsahel-front\tSahel Liberation Front\tarmed_group\tML\t\tSLF\tSLF\n"),
        ]);
        Assert.Equal(2, catalogue.Actors.Count);
        Assert.Equal("irpt", catalogue.Find("Nahzat")?.Id);
        Assert.Null(catalogue.Find("IRP"));
        Assert.Equal(ActorKind.ArmedGroup, catalogue.FindByCode("slf")?.Kind);
    }

    [Fact]
    public void A_bad_line_names_the_file_line_and_reason()
    {
        var error = Assert.Throws<FormatException>(() => ActorCatalogue.Parse([("mine.tsv", "x\tSomeone\tpolitician\n")]));
        Assert.Contains("mine.tsv:1", error.Message);
        Assert.Contains("politician", error.Message);
        error = Assert.Throws<FormatException>(() => ActorCatalogue.Parse([("mine.tsv", "\n\ny\tSomewhere\tstate\tTJK\n")]));
        Assert.Contains("mine.tsv:3", error.Message);
        Assert.Contains("alpha-2", error.Message);
    }
}
