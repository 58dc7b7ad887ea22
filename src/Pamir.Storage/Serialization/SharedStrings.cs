using System.Text;

namespace Pamir.Storage.Serialization;

/// <summary>
/// Makes short ASCII strings through a small table of those last made on this thread, so that a
/// document id repeated in each of its findings, or an actor's name, a place or an event type
/// repeated across thousands of documents, is mostly one object while fusion holds every
/// document's findings. The table keeps only the last string of each slot, so it stays the same
/// size however large the base; a miss costs what decoding always cost.
/// </summary>
internal static class SharedStrings
{
    public const int MaxLength = 48;
    private const int Slots = 1 << 14;

    [ThreadStatic]
    private static string?[]? table;

    /// <summary>The string of the UTF-8 bytes, shared when they are short ASCII.</summary>
    public static string Of(ReadOnlySpan<byte> utf8)
    {
        if (utf8.Length > MaxLength || !Ascii.IsValid(utf8)) return Encoding.UTF8.GetString(utf8);
        uint hash = 2166136261;
        foreach (byte b in utf8) hash = (hash ^ b) * 16777619;
        ref string? slot = ref (table ??= new string?[Slots])[hash & (Slots - 1)];
        if (slot is not null && Ascii.Equals(utf8, slot)) return slot;
        return slot = Encoding.ASCII.GetString(utf8);
    }
}
