namespace Pamir.Core.Places;

/// <summary>A country: its gazetteer entry, ISO alpha-3 code, capital and land neighbours (alpha-2 codes).</summary>
public sealed record Country(Place Place, string Alpha3, Place? Capital, IReadOnlyList<string> Neighbours)
{
    public string Code => Place.CountryCode;
}
