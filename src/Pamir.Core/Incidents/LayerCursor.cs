namespace Pamir.Core.Incidents;

/// <summary>
/// Walks an annotation layer (sorted by start) sentence by sentence: each call returns the items
/// inside the next range, without rescanning what earlier sentences consumed.
/// </summary>
internal sealed class LayerCursor<T>(IReadOnlyList<T> items, Func<T, int> startOf, Func<T, int> endOf)
{
    private int next;

    public IReadOnlyList<T> Within(int start, int end)
    {
        while (next < items.Count && startOf(items[next]) < start) next++;
        int from = next;
        while (next < items.Count && startOf(items[next]) < end) next++;
        if (from == next) return [];
        var result = new List<T>(next - from);
        for (int i = from; i < next; i++)
            if (endOf(items[i]) <= end) result.Add(items[i]);
        return result;
    }
}
