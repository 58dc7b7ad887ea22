namespace Pamir.Core.Text;

/// <summary>
/// A list kept per thread and lent to one document (or one sentence) at a time: grown afresh for
/// every document, such lists were much of the analysis's garbage. It comes back emptied, so that
/// it keeps nothing alive, and one grown past <c>maxKept</c> items by a long document is left to
/// the collector rather than kept at that size.
/// </summary>
internal sealed class ThreadLentList<T>(int maxKept = 1 << 12)
{
    private readonly ThreadLocal<List<T>?> spare = new();

    /// <summary>An empty list: the one this thread gave back last, when there is one.</summary>
    public List<T> Borrow()
    {
        if (spare.Value is not { } kept) return [];
        spare.Value = null;
        return kept;
    }

    /// <summary>Gives a list from <see cref="Borrow"/> back to this thread; the caller does not read it afterwards.</summary>
    public void Return(List<T> list)
    {
        list.Clear();
        if (list.Capacity <= maxKept) spare.Value = list;
    }
}
