using System.Runtime.InteropServices;
using Pamir.Core.Incidents;

namespace Pamir.Core.Fusion;

/// <summary>
/// The folded names, place identities and actor keys of one fusion's report views, each made once
/// and shared: a town, a country code or an actor recurs in thousands of reports, and the views of
/// every report are held at once. One thread at a time.
/// </summary>
internal sealed class IncidentViewNames
{
    private readonly Dictionary<string, string> folded = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> shared = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> actorKeys = new(StringComparer.Ordinal);
    private readonly Dictionary<int, string> gazetteerPlaces = [];
    private readonly Dictionary<(string?, string), string> namedPlaces = [];
    private readonly Dictionary<PlaceRef, ComparedPlace> places = [];
    private readonly Dictionary<string, string[]> alones = new(StringComparer.Ordinal);
    private readonly List<string> named = [], generic = [];

    /// <summary>The place prepared for comparison, made once for equal places.</summary>
    public ComparedPlace Place(PlaceRef place)
    {
        ref var compared = ref CollectionsMarshal.GetValueRefOrAddDefault(places, place, out bool known);
        if (!known) compared = new ComparedPlace(place, this);
        return compared!;
    }

    /// <summary>
    /// The identity of a place: its gazetteer entry ("g" and its id), else its country and folded
    /// name; made once per place, not once per report.
    /// </summary>
    public string PlaceIdentity(int? gazetteerId, string? country, string placeName)
    {
        if (gazetteerId is int id)
        {
            ref var byId = ref CollectionsMarshal.GetValueRefOrAddDefault(gazetteerPlaces, id, out bool known);
            if (!known) byId = Share($"g{id}");
            return byId!;
        }
        ref var byName = ref CollectionsMarshal.GetValueRefOrAddDefault(namedPlaces, (country, placeName), out bool exists);
        if (!exists) byName = Share($"{country}/{placeName}");
        return byName!;
    }

    /// <summary>
    /// Two empty lists to sort one report's actors into, named and generic, read before the next
    /// report's: most reports name a few actors, and two lists each would be made for every one.
    /// </summary>
    public (List<string> Named, List<string> Generic) ActorLists()
    {
        named.Clear();
        generic.Clear();
        return (named, generic);
    }

    /// <summary>The name folded for comparison (<see cref="IncidentNameFold.Fold"/>).</summary>
    public string Fold(string? name)
    {
        if (name is null) return "";
        if (!folded.TryGetValue(name, out var key)) folded[name] = key = Share(IncidentNameFold.Fold(name));
        return key;
    }

    /// <summary>The key of a resolved actor ("@" and its id), made once per actor.</summary>
    public string ActorKey(string actorId)
    {
        if (!actorKeys.TryGetValue(actorId, out var key)) actorKeys[actorId] = key = Share("@" + actorId);
        return key;
    }

    /// <summary>
    /// The names as an array, one instance for each name alone: most reports name one actor or
    /// none, and thousands name the same one. Never to be written to.
    /// </summary>
    public string[] Share(List<string> list)
    {
        if (list.Count == 0) return [];
        if (list.Count > 1) return [.. list];
        ref var alone = ref CollectionsMarshal.GetValueRefOrAddDefault(alones, list[0], out bool known);
        if (!known) alone = [list[0]];
        return alone!;
    }

    /// <summary>The one instance of an equal string made before, else this one.</summary>
    public string Share(string value)
    {
        if (shared.TryGetValue(value, out var known)) return known;
        shared[value] = value;
        return value;
    }
}
