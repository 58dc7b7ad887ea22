using Pamir.Core.Incidents;
using Pamir.Core.Places;
using static Pamir.Core.Fusion.IncidentReportView;

namespace Pamir.Core.Fusion;

/// <summary>
/// A report's place prepared once for comparison: its country, name and first-level division
/// folded, its identity, how specific it is, its coordinates. Made once for each distinct place
/// and shared by the views of every report placed there (<see cref="IncidentViewNames.Place"/>):
/// thousands of reports name the same few hundred towns, and these fields, held in each view,
/// weighed a third of it.
/// </summary>
internal sealed class ComparedPlace
{
    public ComparedPlace(PlaceRef place, IncidentViewNames names)
    {
        Country = string.IsNullOrWhiteSpace(place.CountryCode) ? null : names.Share(place.CountryCode.Trim().ToUpperInvariant());
        Name = names.Fold(place.Name);
        Admin1 = names.Fold(place.Admin1);
        Level = LevelOf(place);
        GazetteerId = place.GazetteerId;
        if (place.Latitude is double lat && place.Longitude is double lon)
        {
            Coordinates = (lat, lon);
            CosLatitude = Math.Cos(double.DegreesToRadians(lat));
        }
        Identity = names.PlaceIdentity(place.GazetteerId, Country, Name);
    }

    public string? Country { get; }
    /// <summary>The name folded for comparison.</summary>
    public string Name { get; }
    /// <summary>The first-level division folded, empty when none is known.</summary>
    public string Admin1 { get; }
    /// <summary>Its gazetteer entry, else its country and folded name.</summary>
    public string Identity { get; }
    public PlaceLevel Level { get; }
    public int? GazetteerId { get; }
    public (double Lat, double Lon)? Coordinates { get; }
    /// <summary>The cosine of the latitude, which every distance from this place needs.</summary>
    public double CosLatitude { get; }

    private static PlaceLevel LevelOf(PlaceRef place) => place.Kind switch
    {
        PlaceKind.Country => PlaceLevel.Country,
        PlaceKind.Region => PlaceLevel.Region,
        PlaceKind.City => PlaceLevel.City,
        // IncidentPlaceKind completes the kind from the gazetteer; a place still without one is
        // taken as a town, the most common place of an incident.
        _ => PlaceLevel.City,
    };
}
