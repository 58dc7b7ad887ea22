using Pamir.Core.Claims;
using Pamir.Core.Fusion;
using Pamir.Core.Text;

namespace Pamir.Tests.Fusion;

public class ClaimGroupingTests
{
    private static Claim Figure(string document, string measure, double value, string unit, double? upper = null, string? qualifier = null) =>
        new(document, "Tajikistan", measure, value, unit, new TextSpan(0, 1), upper, qualifier);

    private static bool Conflicting(params Claim[] claims) =>
        Assert.Single(ClaimGrouping.Group(claims)).Conflicting;

    private const string Border = "length of the Afghanistan-Tajikistan border";
    private const string DrugShare = "drug trade as a share of Tajikistan's GDP";

    [Fact]
    public void The_border_length_from_three_reports_is_one_group_with_its_spread_and_each_source()
    {
        var groups = ClaimGrouping.Group([Figure("a", Border, 1400, "km"), Figure("b", Border, 1344, "km"), Figure("c", Border, 1400, "km")]);

        var group = Assert.Single(groups);
        Assert.Equal((1344, 1400), (group.Min, group.Max));
        Assert.Equal(["a", "b", "c"], group.Claims.Select(c => c.DocumentId));
        Assert.Equal("km", group.Unit);
    }

    [Fact]
    public void A_round_1400_km_and_an_exact_1344_km_differ_only_by_rounding()
    {
        Assert.False(Conflicting(Figure("a", Border, 1400, "km"), Figure("b", Border, 1344, "km")));
    }

    [Fact]
    public void Twenty_and_forty_six_per_cent_of_GDP_conflict()
    {
        Assert.True(Conflicting(Figure("a", DrugShare, 20, "%"), Figure("b", DrugShare, 46, "%")));
    }

    [Fact]
    public void Almost_a_third_thirty_per_cent_and_twenty_to_thirty_per_cent_agree()
    {
        Assert.False(Conflicting(Figure("a", DrugShare, 33, "%", qualifier: "almost"), Figure("b", DrugShare, 30, "%"), Figure("c", DrugShare, 20, "%", upper: 30)));
    }

    [Fact]
    public void More_than_half_agrees_with_sixty_per_cent_but_not_with_twenty()
    {
        Assert.False(Conflicting(Figure("a", DrugShare, 50, "%", qualifier: "more than"), Figure("b", DrugShare, 60, "%")));
        Assert.True(Conflicting(Figure("a", DrugShare, 50, "%", qualifier: "more than"), Figure("b", DrugShare, 20, "%")));
    }

    [Fact]
    public void Nine_million_people_is_a_rounding_of_eight_and_a_half_but_not_of_eight_point_two()
    {
        const string population = "population of Tajikistan";
        Assert.False(Conflicting(Figure("a", population, 9_000_000, "people"), Figure("b", population, 8_500_000, "people")));
        Assert.True(Conflicting(Figure("a", population, 9_000_000, "people"), Figure("b", population, 8_200_000, "people")));
    }

    [Fact]
    public void A_planned_increase_and_figures_for_different_years_are_a_change_not_a_conflict()
    {
        const string troops = "troops of Russia";
        Assert.False(Conflicting(Figure("a", troops, 5900, "people"), Figure("a", troops, 9000, "people") with { RefersTo = new(2020) }));
        Assert.False(Conflicting(Figure("a", troops, 5900, "people") with { RefersTo = new(2011) }, Figure("b", troops, 9000, "people") with { RefersTo = new(2020) }));
        Assert.True(Conflicting(Figure("a", troops, 5900, "people"), Figure("b", troops, 9000, "people") with { RefersTo = new(2020) }));
    }

    [Fact]
    public void Figures_in_different_units_or_about_different_measures_stay_apart()
    {
        var groups = ClaimGrouping.Group([Figure("a", Border, 1400, "km"), Figure("a", "population of Tajikistan", 9e6, "people"), Figure("b", Border, 870, "mi")]);

        Assert.Equal(3, groups.Count);
        Assert.Equal(groups.Count, groups.Select(g => g.Id).Distinct().Count());
    }
}
