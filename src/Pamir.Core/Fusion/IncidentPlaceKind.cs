using Pamir.Core.Incidents;
using Pamir.Core.Places;

namespace Pamir.Core.Fusion;

/// <summary>
/// Completes a report's place with how specific it is, from the gazetteer entry it was resolved
/// to, when the extractor did not say: fusion treats a country-level "in Turkey" as compatible
/// with "Istanbul", but two different towns as different places.
/// </summary>
public static class IncidentPlaceKind
{
    public static IncidentReport Complete(IncidentReport report, Gazetteer gazetteer)
    {
        if (report.Place is not { Kind: null } place) return report;
        return report with { Place = place with { Kind = KindOf(place, gazetteer) } };
    }

    private static PlaceKind KindOf(PlaceRef place, Gazetteer gazetteer)
    {
        if (place.CountryCode is { Length: 2 } code
            && (string.Equals(place.Name, code, StringComparison.OrdinalIgnoreCase) || gazetteer.Country(code)?.Place.Id == place.GazetteerId))
            return PlaceKind.Country;
        if (place.GazetteerId is int id)
            foreach (var candidate in gazetteer.Find(place.Name))
                if (candidate.Place.Id == id) return candidate.Place.Kind;
        return PlaceKind.City;
    }
}
