using System.Runtime.InteropServices;

namespace Pamir.Core.Fusion;

/// <summary>Keeps one of each value of a sorted list, where equal values stand next to each other.</summary>
internal static class SortedDistinct
{
    /// <summary>Removes from a sorted list every value equal to the one before it.</summary>
    public static void Keep<T>(List<T> sorted, IEqualityComparer<T>? comparer = null)
    {
        int distinct = Keep(CollectionsMarshal.AsSpan(sorted), comparer);
        sorted.RemoveRange(distinct, sorted.Count - distinct);
    }

    /// <summary>Moves one of each value of a sorted span to its front, in order; returns how many there are.</summary>
    public static int Keep<T>(Span<T> sorted, IEqualityComparer<T>? comparer = null)
    {
        comparer ??= EqualityComparer<T>.Default;
        int distinct = 0;
        for (int k = 0; k < sorted.Length; k++)
            if (distinct == 0 || !comparer.Equals(sorted[distinct - 1], sorted[k])) sorted[distinct++] = sorted[k];
        return distinct;
    }
}
