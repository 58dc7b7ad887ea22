using Pamir.Core.Fusion;
using Pamir.Core.Incidents;
using Pamir.Core.Places;
using static Pamir.Tests.Fusion.IncidentReportFixtures;

namespace Pamir.Tests.Fusion;

/// <summary>
/// Which link is joined first when two are equally strong: the one whose reports come first in
/// key order, so that the incidents do not depend on how the links were found or held.
/// </summary>
public class EqualLinksTests
{
    private static readonly PlaceRef Sughd = new("Sughd", "TJ", 40.0, 69.5, 90, Admin1: "Sughd", Kind: PlaceKind.Region);
    private static readonly PlaceRef KhujandInSughd = Khujand with { Admin1 = "Sughd" };
    private static readonly PlaceRef IsfaraInSughd = Isfara with { Admin1 = "Sughd" };

    [Theory]
    [InlineData("b-khujand", "c-isfara")]
    [InlineData("c-khujand", "b-isfara")]
    public void A_region_wide_report_that_fits_two_towns_far_apart_equally_joins_the_town_whose_document_comes_first(string khujand, string isfara)
    {
        var incidents = IncidentFusion.Fuse(
        [
            Report(isfara, EventType.Riots, "2020-03-05", IsfaraInSughd, 4),
            Report("a-region", EventType.Riots, "2020-03-05", Sughd, 4),
            Report(khujand, EventType.Riots, "2020-03-05", KhujandInSughd, 4),
        ]);

        string first = string.CompareOrdinal(khujand, isfara) < 0 ? khujand : isfara;
        string other = first == khujand ? isfara : khujand;
        Assert.Equal(2, incidents.Count);
        Assert.Contains(incidents, i => i.Reports.Select(r => r.DocumentId).SequenceEqual(["a-region", first]));
        Assert.Contains(incidents, i => i.Reports.Select(r => r.DocumentId).SequenceEqual([other]));
    }
}
