using System.Collections.Frozen;
using System.IO.Compression;

namespace Pamir.Core.Places;

/// <summary>
/// Countries, first-level regions and populated places (GeoNames), indexed by folded name
/// (<see cref="PlaceNameFolding"/>). Loaded once and immutable; lookups by span do not allocate.
/// Candidates for a name come best first: countries, then by population, own names before
/// alternate names.
/// </summary>
public sealed class Gazetteer
{
    private const string ResourceName = "Pamir.Places.gazetteer.tsv.gz";

    private readonly FrozenDictionary<string, PlaceCandidate[]> byName;
    private readonly FrozenDictionary<string, PlaceCandidate[]>.AlternateLookup<ReadOnlySpan<char>> bySpan;
    private readonly FrozenDictionary<string, Country> countries;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> commonWords;
    private readonly NameBloom bloom;

    internal Gazetteer(Dictionary<string, PlaceCandidate[]> names, IEnumerable<Country> countries, IEnumerable<string> commonWords)
    {
        byName = names.ToFrozenDictionary(StringComparer.Ordinal);
        bySpan = byName.GetAlternateLookup<ReadOnlySpan<char>>();
        bloom = new NameBloom(byName.Keys);
        this.countries = countries.ToFrozenDictionary(c => c.Code, StringComparer.Ordinal);
        this.commonWords = commonWords.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The gazetteer shipped inside Pamir.Core (GeoNames cities1000, countries, regions).</summary>
    public static Gazetteer LoadShipped()
    {
        using var stream = typeof(Gazetteer).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"The gazetteer resource '{ResourceName}' is missing from Pamir.Core: rebuild with data/places/gazetteer.tsv.gz present.");
        using var gzip = new GZipStream(stream, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip);
        return GazetteerReader.Read(reader, ResourceName);
    }

    public int NameCount => byName.Count;

    public IEnumerable<Country> Countries => countries.Values;

    /// <summary>The entries a name may refer to, best first; empty when the name is unknown.</summary>
    public ReadOnlySpan<PlaceCandidate> Find(ReadOnlySpan<char> name)
    {
        Span<char> folded = stackalloc char[PlaceNameFolding.MaxLength * 2];
        int length = PlaceNameFolding.Fold(name, folded);
        return length > 0 ? FindFolded(folded[..length]) : [];
    }

    /// <summary>Like <see cref="Find"/> for a name already folded with <see cref="PlaceNameFolding"/>.</summary>
    public ReadOnlySpan<PlaceCandidate> FindFolded(scoped ReadOnlySpan<char> folded) =>
        bySpan.TryGetValue(folded, out var candidates) ? candidates : [];

    internal bool TryFindFolded(scoped ReadOnlySpan<char> folded, out PlaceCandidate[] candidates)
    {
        candidates = [];
        if (!bloom.MayContain(folded, out uint hash)) return false;
        var recent = RecentNames.For(this);
        if (!recent.TryGet(folded, hash, out var known))
        {
            known = bySpan.TryGetValue(folded, out var found) ? found : null;
            recent.Add(folded, hash, known);
        }
        if (known is null) return false;
        candidates = known;
        return true;
    }

    /// <summary>True when a folded name is also an ordinary English word ("police", "man", "along").</summary>
    public bool IsCommonWord(ReadOnlySpan<char> folded) => commonWords.Contains(folded);

    public Country? Country(string code) => countries.GetValueOrDefault(code);
}
