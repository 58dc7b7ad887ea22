namespace Pamir.Core.Text;

/// <summary>
/// A per-word or per-token array of ints kept per thread and lent to one document at a time:
/// allocated afresh for every document, such arrays were the analysis's largest garbage. Arrays
/// for documents up to about a megabyte of text are kept; a longer document gets its own.
/// </summary>
internal sealed class ThreadLentInts
{
    private const int MaxKept = 1 << 18;
    private const int MinLength = 1024;

    private readonly ThreadLocal<int[]?> spare = new();

    /// <summary>An array of at least <paramref name="length"/> ints, zero up to that length.</summary>
    public int[] Borrow(int length)
    {
        if (spare.Value is { } kept && kept.Length >= length)
        {
            spare.Value = null;
            Array.Clear(kept, 0, length);
            return kept;
        }
        return new int[Math.Max(length, MinLength)];
    }

    /// <summary>Gives an array from <see cref="Borrow"/> back to this thread; the caller does not read it afterwards.</summary>
    public void Return(int[] array)
    {
        if (array.Length <= MaxKept) spare.Value = array;
    }
}
