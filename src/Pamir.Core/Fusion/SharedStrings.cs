using System.Diagnostics.CodeAnalysis;

namespace Pamir.Core.Fusion;

/// <summary>
/// One instance of equal short strings met close together (a document id repeated in each of its
/// findings; an actor's name, a country code or a role repeated across thousands of documents),
/// kept in a table of the last string of each slot, so it stays the same size however many
/// documents are gathered. Findings read back from the store share their strings this way, and
/// findings straight from analysis (each name cut out of its own text) are held no larger. One thread at a time.
/// </summary>
internal sealed class SharedStrings
{
    private const int MaxLength = 48;
    private const int Slots = 1 << 14;
    private readonly string?[] table = new string?[Slots];

    [return: NotNullIfNotNull(nameof(value))]
    public string? Of(string? value)
    {
        if (value is null || value.Length > MaxLength) return value;
        ref string? slot = ref table[value.GetHashCode() & (Slots - 1)];
        if (slot is not null && string.Equals(slot, value, StringComparison.Ordinal)) return slot;
        return slot = value;
    }

    public string[] Of(IReadOnlyList<string> values)
    {
        if (values.Count == 0) return [];
        var shared = new string[values.Count];
        for (int i = 0; i < shared.Length; i++) shared[i] = Of(values[i]);
        return shared;
    }
}
