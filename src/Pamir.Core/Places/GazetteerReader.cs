using System.Globalization;
using System.Runtime.CompilerServices;

namespace Pamir.Core.Places;

/// <summary>
/// Reads the gazetteer's tab-separated data (written by tools/gazetteer/build.mjs). Lines start
/// with their kind: C country, R region, P populated place, W common English word, X a name that is
/// no place (a continent, a direction, a movement).
/// </summary>
internal static class GazetteerReader
{
    // Regions have no population of their own in the data; this ranks a region above towns and
    // below cities of the same name ("Osh" the city before Osh oblast, Khatlon before a village).
    private const long RegionRank = 100_000;
    private const int ExpectedNames = 128 * 1024;

    private sealed record CountryRow(Place Place, string Alpha3, int? CapitalId, string[] Neighbours);

    // Runs once per process over ~100,000 lines: compile it optimised at once rather than tiered.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public static Gazetteer Read(TextReader reader, string source)
    {
        var names = new Dictionary<string, List<PlaceCandidate>>(ExpectedNames, StringComparer.Ordinal);
        var places = new Dictionary<int, Place>();
        var countryRows = new List<CountryRow>();
        var commonWords = new List<string>();
        var notPlaces = new List<string>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            var f = line.Split('\t');
            try
            {
                switch (f[0])
                {
                    case "C":
                        var country = new Place(CountryId(f[1]), f[3], PlaceKind.Country, f[1], Number(f[4]), Number(f[5]), 0);
                        countryRows.Add(new CountryRow(country, f[2], f[6].Length > 0 ? int.Parse(f[6], CultureInfo.InvariantCulture) : null,
                            f[7].Split(',', StringSplitOptions.RemoveEmptyEntries)));
                        Add(names, f[3], country, NameMatch.Name);
                        AddAll(names, f[8], country, NameMatch.AlternateName);
                        AddAll(names, f[9], country, NameMatch.Demonym);
                        break;
                    case "R":
                        var region = new Place(int.Parse(f[1], CultureInfo.InvariantCulture), f[3], PlaceKind.Region, f[2], Number(f[4]), Number(f[5]), RegionRank, Empty(f[6]));
                        Add(names, f[3], region, NameMatch.Name);
                        AddAll(names, f[7], region, NameMatch.AlternateName);
                        break;
                    case "P":
                        var place = new Place(int.Parse(f[1], CultureInfo.InvariantCulture), f[3], PlaceKind.City, f[2], Number(f[4]), Number(f[5]),
                            long.Parse(f[6], CultureInfo.InvariantCulture), Empty(f[7]));
                        places[place.Id] = place;
                        Add(names, f[3], place, NameMatch.Name);
                        AddAll(names, f[8], place, NameMatch.AlternateName);
                        break;
                    case "W":
                        commonWords.Add(PlaceNameFolding.Fold(f[1]));
                        break;
                    case "X":
                        notPlaces.Add(PlaceNameFolding.Fold(f[1]));
                        break;
                    default:
                        throw new FormatException($"unknown line kind '{f[0]}'");
                }
            }
            catch (Exception e) when (e is FormatException or IndexOutOfRangeException or OverflowException)
            {
                throw new InvalidDataException($"{source}, line {lineNumber}: {e.Message}", e);
            }
        }
        var countries = countryRows.Select(c => new Country(c.Place, c.Alpha3,
            c.CapitalId is int id ? places.GetValueOrDefault(id) : null, c.Neighbours));
        var ranked = names.ToDictionary(kv => kv.Key, kv => Rank(kv.Value), StringComparer.Ordinal);
        // A name that is no place the gazetteer means ("Central Asia", "Western") matches nothing,
        // so the finder consumes it whole instead of reading "Asia" or "Western" as a town.
        foreach (var key in notPlaces) ranked[key] = [];
        return new Gazetteer(ranked, countries, commonWords);
    }

    /// <summary>Countries have no GeoNames id in our data; these sit above GeoNames' id range.</summary>
    public static int CountryId(string code) => 1_000_000_000 + (code[0] - 'A') * 26 + (code[1] - 'A');

    private static PlaceCandidate[] Rank(List<PlaceCandidate> candidates)
    {
        if (candidates.Count == 1) return [candidates[0]];
        var distinct = candidates
            .GroupBy(c => c.Place.Id)
            .Select(g => g.MinBy(c => c.Match))
            .ToArray();
        Array.Sort(distinct, (a, b) => Weight(b).CompareTo(Weight(a)));
        return distinct;
    }

    private static double Weight(PlaceCandidate c) =>
        c.Place.Kind == PlaceKind.Country ? double.MaxValue
        : (c.Place.Population + 1) * (c.Match == NameMatch.Name ? 1.0 : 0.3);

    private static void AddAll(Dictionary<string, List<PlaceCandidate>> names, string list, Place place, NameMatch match)
    {
        var span = list.AsSpan();
        foreach (var range in span.Split('|')) Add(names, span[range], place, match);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void Add(Dictionary<string, List<PlaceCandidate>> names, ReadOnlySpan<char> name, Place place, NameMatch match)
    {
        Span<char> folded = stackalloc char[PlaceNameFolding.MaxLength * 2];
        int length = PlaceNameFolding.Fold(name, folded);
        if (length <= 0) return;
        // Look up by span first: most names repeat a key already seen, and need no new string.
        var bySpan = names.GetAlternateLookup<ReadOnlySpan<char>>();
        if (!bySpan.TryGetValue(folded[..length], out var list)) bySpan[folded[..length]] = list = new List<PlaceCandidate>(1);
        list.Add(new PlaceCandidate(place, match));
    }

    private static double Number(string s) => double.Parse(s, NumberStyles.Float, CultureInfo.InvariantCulture);

    private static string? Empty(string s) => s.Length == 0 ? null : s;
}
