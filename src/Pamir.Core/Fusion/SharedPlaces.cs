using Pamir.Core.Incidents;

namespace Pamir.Core.Fusion;

/// <summary>
/// One instance of equal places (<see cref="PlaceRef"/> is a value), kept in a table of the last
/// place of each slot, so it stays the same size however many documents are gathered: thousands of
/// reports place their incidents in the same few hundred towns, and a place weighs as much as the
/// rest of what a report keeps of its own. One thread at a time.
/// </summary>
internal sealed class SharedPlaces(SharedStrings strings)
{
    private const int Slots = 1 << 13;
    private readonly PlaceRef?[] table = new PlaceRef?[Slots];

    public PlaceRef? Of(PlaceRef? place)
    {
        if (place is null) return null;
        ref PlaceRef? slot = ref table[place.GetHashCode() & (Slots - 1)];
        if (slot is not null && slot.Equals(place)) return slot;
        return slot = place with { Name = strings.Of(place.Name), CountryCode = strings.Of(place.CountryCode), Admin1 = strings.Of(place.Admin1) };
    }
}
