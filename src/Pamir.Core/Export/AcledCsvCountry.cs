namespace Pamir.Core.Export;

/// <summary>What the ACLED layout says about a country: its name, ISO alpha-3 and numeric codes and ACLED region, when known.</summary>
public sealed record AcledCsvCountry(string Name, string? Alpha3 = null, int? IsoNumeric = null, string? Region = null);
