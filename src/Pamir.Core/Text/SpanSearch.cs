namespace Pamir.Core.Text;

/// <summary>Binary searches over spans sorted by start and not overlapping (sentences, tokens, paragraphs).</summary>
public static class SpanSearch
{
    /// <summary>Index of the item whose range contains the offset, or -1.</summary>
    public static int IndexContaining<T>(IReadOnlyList<T> items, int offset) where T : ISpanned
    {
        int i = LastStartingAtOrBefore(items, offset);
        return i >= 0 && offset < items[i].End ? i : -1;
    }

    /// <summary>Index of the last item starting at or before the offset, or -1 when the offset precedes them all.</summary>
    public static int LastStartingAtOrBefore<T>(IReadOnlyList<T> items, int offset) where T : ISpanned
    {
        int lo = 0, hi = items.Count - 1, found = -1;
        while (lo <= hi)
        {
            int mid = (lo + hi) >>> 1;
            if (items[mid].Start <= offset) { found = mid; lo = mid + 1; }
            else hi = mid - 1;
        }
        return found;
    }

    /// <summary>Index of the first item ending after the offset (the item at or after it), or Count.</summary>
    public static int FirstEndingAfter<T>(IReadOnlyList<T> items, int offset) where T : ISpanned
    {
        int lo = 0, hi = items.Count;
        while (lo < hi)
        {
            int mid = (lo + hi) >>> 1;
            if (items[mid].End <= offset) lo = mid + 1;
            else hi = mid;
        }
        return lo;
    }
}
