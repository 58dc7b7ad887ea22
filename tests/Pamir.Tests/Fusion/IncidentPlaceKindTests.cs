using Pamir.Core.Fusion;
using Pamir.Core.Incidents;
using Pamir.Core.Places;
using Pamir.Core.Reference;
using static Pamir.Tests.Fusion.IncidentReportFixtures;

namespace Pamir.Tests.Fusion;

public class IncidentPlaceKindTests
{
    private static readonly Gazetteer Gazetteer = ReferenceData.Shared.Gazetteer;

    private static PlaceKind? KindOf(PlaceRef place) =>
        IncidentPlaceKind.Complete(Report("a", EventType.Riots, "2019", place), Gazetteer).Place?.Kind;

    [Fact]
    public void A_report_placed_in_a_country_by_its_gazetteer_entry_is_country_level()
    {
        var turkey = Gazetteer.Country("TR")!.Place;

        Assert.Equal(PlaceKind.Country, KindOf(new PlaceRef(turkey.Name, "TR", turkey.Latitude, turkey.Longitude, turkey.Id)));
    }

    [Fact]
    public void A_report_placed_only_by_its_country_code_is_country_level()
    {
        Assert.Equal(PlaceKind.Country, KindOf(new PlaceRef("TJ", "TJ")));
    }

    [Fact]
    public void A_town_found_in_the_gazetteer_keeps_its_kind_and_a_stated_kind_is_left_alone()
    {
        var vahdat = Gazetteer.Find("Vahdat")[0].Place;

        Assert.Equal(PlaceKind.City, KindOf(new PlaceRef(vahdat.Name, "TJ", GazetteerId: vahdat.Id)));
        Assert.Equal(PlaceKind.Region, KindOf(new PlaceRef("Khatlon", "TJ", Kind: PlaceKind.Region)));
    }

    [Fact]
    public void A_country_level_report_and_a_town_report_of_one_killing_fuse_once_kinds_are_completed()
    {
        var turkey = Gazetteer.Country("TR")!.Place;
        IncidentReport[] reports =
        [
            Report("a", EventType.ViolenceAgainstCivilians, "2015-03", new PlaceRef(turkey.Name, "TR", turkey.Latitude, turkey.Longitude, turkey.Id), 1),
            Report("b", EventType.ViolenceAgainstCivilians, "2015-03", Istanbul, 1),
        ];

        Assert.Single(IncidentFusion.Fuse(reports.Select(r => IncidentPlaceKind.Complete(r, Gazetteer))));
    }
}
