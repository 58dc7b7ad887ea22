namespace Pamir.Core.Incidents;

/// <summary>
/// Walks an annotation layer (sorted by start) sentence by sentence: each call returns the items
/// inside the next range, without rescanning what earlier sentences consumed; the items of a
/// sentence not asked about are skipped on the way to the next one asked. The list returned is
/// the cursor's own and is refilled by the next call: a sentence's items are read before moving on.
/// </summary>
internal sealed class LayerCursor<T>(IReadOnlyList<T> items, Func<T, int> startOf, Func<T, int> endOf)
{
    private readonly List<T> inside = [];
    private int next;

    public List<T> Within(int start, int end)
    {
        inside.Clear();
        while (next < items.Count && startOf(items[next]) < start) next++;
        int from = next;
        while (next < items.Count && startOf(items[next]) < end) next++;
        for (int i = from; i < next; i++)
            if (endOf(items[i]) <= end) inside.Add(items[i]);
        return inside;
    }
}
