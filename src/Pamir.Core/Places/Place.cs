namespace Pamir.Core.Places;

/// <summary>A gazetteer entry (GeoNames or our own data): one real place.</summary>
public sealed record Place(
    int Id,
    string Name,
    PlaceKind Kind,
    string CountryCode,
    double Latitude,
    double Longitude,
    long Population,
    string? Admin1 = null);
