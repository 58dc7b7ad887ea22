using Pamir.Core.Places;

namespace Pamir.Core.Incidents;

/// <summary>
/// Where a report places an incident: the name as resolved, its country and, when known,
/// coordinates. Kind says how specific the place is (a country-level "in Turkey" is compatible
/// with "Istanbul" when reports are fused); null when the resolver did not say.
/// </summary>
public sealed record PlaceRef(string Name, string? CountryCode, double? Latitude = null, double? Longitude = null, int? GazetteerId = null, string? Admin1 = null, PlaceKind? Kind = null);
