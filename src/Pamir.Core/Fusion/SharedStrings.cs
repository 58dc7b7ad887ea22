using System.Diagnostics.CodeAnalysis;

namespace Pamir.Core.Fusion;

/// <summary>
/// One instance of equal short strings met close together (a document id repeated in each of its
/// findings; an actor's name, a country code or a role repeated across thousands of documents),
/// kept in a table of the last string of each slot, so it stays the same size however many
/// documents are gathered. Findings read back from the store share their strings this way, and
/// findings straight from analysis (each name cut out of its own text) are held no larger. Lists
/// of names are shared the same way: most are one name (a mention's one form, a report's one
/// perpetrator) that thousands of documents repeat. One thread at a time.
/// </summary>
internal sealed class SharedStrings
{
    private const int MaxLength = 48;
    private const int Slots = 1 << 14;
    private const int ListSlots = 1 << 15;
    private readonly string?[] table = new string?[Slots];
    private readonly string[]?[] lists = new string[]?[ListSlots];

    [return: NotNullIfNotNull(nameof(value))]
    public string? Of(string? value)
    {
        if (value is null || value.Length > MaxLength) return value;
        ref string? slot = ref table[value.GetHashCode() & (Slots - 1)];
        if (slot is not null && string.Equals(slot, value, StringComparison.Ordinal)) return slot;
        return slot = value;
    }

    /// <summary>The names as an array equal to the last one met in its slot, which it then is; never to be written to.</summary>
    public string[] Of(IReadOnlyList<string> values)
    {
        if (values.Count == 0) return [];
        var hash = new HashCode();
        for (int i = 0; i < values.Count; i++) hash.Add(values[i]);
        ref string[]? slot = ref lists[hash.ToHashCode() & (ListSlots - 1)];
        if (slot is not null && Equal(slot, values)) return slot;
        var shared = new string[values.Count];
        for (int i = 0; i < shared.Length; i++) shared[i] = Of(values[i]);
        return slot = shared;
    }

    private static bool Equal(string[] shared, IReadOnlyList<string> values)
    {
        if (shared.Length != values.Count) return false;
        for (int i = 0; i < shared.Length; i++)
            if (!string.Equals(shared[i], values[i], StringComparison.Ordinal)) return false;
        return true;
    }
}
