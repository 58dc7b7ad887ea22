namespace Pamir.Core.Incidents;

/// <summary>Where a report places an incident: the name as resolved, its country and, when known, coordinates.</summary>
public sealed record PlaceRef(string Name, string? CountryCode, double? Latitude = null, double? Longitude = null, int? GazetteerId = null, string? Admin1 = null);
