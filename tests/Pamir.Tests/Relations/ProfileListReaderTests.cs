using Pamir.Core.Relations;

namespace Pamir.Tests.Relations;

public class ProfileListReaderTests
{
    private static readonly Dictionary<string, string> Catalogue = new(StringComparer.OrdinalIgnoreCase)
    {
        ["RUS"] = "Russia", ["BLR"] = "Belarus", ["CHN"] = "China", ["TUR"] = "Turkey", ["AZE"] = "Azerbaijan",
        ["IRN"] = "Iran", ["PKK"] = "Kurdistan Workers' Party", ["GEO"] = "Georgia", ["Russia"] = "Russia", ["India"] = "India",
    };

    private static readonly RelationExtractor Extractor = new(RelationLexicon.Load(), n => Catalogue.GetValueOrDefault(n.Trim()));

    private static IReadOnlyList<RelationStatement> ProfileOf(string page) =>
        Extractor.Extract(HandAnnotated.Of(page).Country("Armenia", "AM").Focus("AM").Build());

    [Fact]
    public void Codes_listed_under_a_stance_heading_are_expanded_and_related_to_the_profiled_country()
    {
        var relations = ProfileOf("Armenia\n\nProfile text about Armenia sits here and runs long enough to be a paragraph.\n\nRelationships\n\nAllies\n\nRUS\nBLR\n\nPartners\n\nCHN\nIRN\n");

        Assert.Equal(
            [("Armenia", "Russia", RelationType.Ally), ("Armenia", "Belarus", RelationType.Ally), ("Armenia", "China", RelationType.Partner), ("Armenia", "Iran", RelationType.Partner)],
            relations.Select(r => (r.Source, r.Target, r.Type)));
        Assert.All(relations, r => Assert.Null(r.Note));
    }

    [Fact]
    public void A_list_after_stacked_empty_headings_goes_to_the_nearest_stance_and_says_the_layout_is_unclear()
    {
        var relations = ProfileOf("Armenia\n\nAllies\n\nRUS\n\nRivals\n\nAdversaries\n\nArmed groups abroad\n\nAZE\nTUR\nPKK\n");

        var listed = relations.Where(r => r.Target != "Russia").ToList();
        Assert.Equal(["Azerbaijan", "Turkey", "Kurdistan Workers' Party"], listed.Select(r => r.Target));
        Assert.All(listed, r =>
        {
            Assert.Equal(RelationType.Adversary, r.Type);
            Assert.Contains("'Rivals', 'Adversaries', 'Armed groups abroad'", r.Note);
        });
        Assert.Null(Assert.Single(relations, r => r.Target == "Russia").Note);
    }

    [Fact]
    public void A_heading_with_its_list_on_the_same_line_relates_every_name_in_it()
    {
        var relations = ProfileOf("Armenia\n\nPartners: Russia, India and GEO\n");

        Assert.Equal(["Russia", "India", "Georgia"], relations.Select(r => r.Target));
        Assert.All(relations, r => Assert.Equal(RelationType.Partner, r.Type));
    }

    [Fact]
    public void Names_not_in_the_catalogue_continue_a_list_once_it_has_begun()
    {
        var relations = ProfileOf("Armenia\n\nAllies\n\nRUS\nCollective Security Treaty Organization\n\nA closing paragraph follows the list and ends with a full stop.\n");

        Assert.Equal(["Russia", "Collective Security Treaty Organization"], relations.Select(r => r.Target));
    }

    [Fact]
    public void A_paragraph_ends_the_list_so_later_lines_are_not_attributed_to_the_heading()
    {
        var relations = ProfileOf("Armenia\n\nAllies\n\nRUS\n\nThe country also trades widely with its neighbours and hopes to do more.\n\nCHN\n");

        Assert.Equal(["Russia"], relations.Select(r => r.Target));
    }

    [Fact]
    public void A_list_item_points_at_its_heading_and_line()
    {
        const string page = "Armenia\n\nAllies\n\nRUS\n";
        var r = Assert.Single(ProfileOf(page));

        Assert.Equal("Allies\n\nRUS", r.Evidence.Of(page));
    }
}
