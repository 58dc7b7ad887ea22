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

    /// <summary>The one instance of an equal string made before, else this one.</summary>
    public string Share(string value)
    {
        if (shared.TryGetValue(value, out var known)) return known;
        shared[value] = value;
        return value;
    }
}
