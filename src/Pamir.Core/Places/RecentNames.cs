namespace Pamir.Core.Places;

/// <summary>
/// The gazetteer's answers for the folded names the calling thread looked up last, in a small
/// direct-mapped table: a report names the same few places again and again, and a lookup in the
/// large name table misses the cache every time. Holds names the gazetteer lacks too (null).
/// </summary>
internal sealed class RecentNames
{
    private const int Size = 4096;

    [ThreadStatic] private static RecentNames? current;

    private readonly Gazetteer owner;
    private readonly string?[] keys = new string?[Size];
    private readonly PlaceCandidate[]?[] values = new PlaceCandidate[]?[Size];

    private RecentNames(Gazetteer owner) => this.owner = owner;

    /// <summary>The calling thread's table for this gazetteer (another gazetteer starts a new one).</summary>
    public static RecentNames For(Gazetteer gazetteer) =>
        current is { } table && ReferenceEquals(table.owner, gazetteer) ? table : current = new RecentNames(gazetteer);

    /// <param name="hash">Any hash of the folded name; the same name must always come with the same hash.</param>
    public bool TryGet(ReadOnlySpan<char> folded, uint hash, out PlaceCandidate[]? candidates)
    {
        int slot = (int)(hash & (Size - 1));
        if (keys[slot] is { } key && folded.SequenceEqual(key))
        {
            candidates = values[slot];
            return true;
        }
        candidates = null;
        return false;
    }

    public void Add(ReadOnlySpan<char> folded, uint hash, PlaceCandidate[]? candidates)
    {
        int slot = (int)(hash & (Size - 1));
        keys[slot] = folded.ToString();
        values[slot] = candidates;
    }
}
