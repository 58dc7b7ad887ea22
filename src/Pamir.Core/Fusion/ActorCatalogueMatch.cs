using Pamir.Core.Actors;
using Pamir.Core.Names;

namespace Pamir.Core.Fusion;

/// <summary>
/// The catalogue entry a mention stands for: the one the names layer matched, else one its full
/// name or a longer form is listed under (a single word — a lone surname, an acronym — is not
/// enough: "Rahmonov" alone may be another Rahmonov), else a listed person its full name is a
/// spelling of. Lookups are kept per distinct form and name, because the same few forms recur in
/// thousands of mentions; each is a function of the form alone, so the order mentions are matched
/// in does not matter. One thread at a time.
/// </summary>
internal sealed class ActorCatalogueMatch(ActorCatalogue catalogue, ActorNameKeys keys)
{
    private readonly ILookup<string, (string Name, CatalogueActor Actor)> people = CataloguePeople(catalogue);
    private readonly Dictionary<string, IReadOnlyList<CatalogueActor>> listed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (CatalogueActor?, string?)> persons = new(StringComparer.Ordinal);
    // One reason string per entry: every mention gathered holds its reason until resolution.
    private readonly Dictionary<CatalogueActor, string> listedReasons = new(ReferenceEqualityComparer.Instance);

    /// <summary>The entry a mention (the names layer's match, its name, kind and forms) stands for, and why when the names layer did not match it.</summary>
    public (CatalogueActor? Entry, string? Reason) EntryOf(string? catalogueId, string name, ActorKind kind, string[] forms)
    {
        if (catalogueId is { } id && catalogue.Get(id) is { } matched) return (matched, null);
        if (Listed(name, name, kind) is { } byName) return byName;
        foreach (var form in forms)
            if (Listed(form, name, kind) is { } byForm) return byForm;
        if (kind == ActorKind.Person && name.Contains(' ')) return Person(name);
        return (null, null);
    }

    /// <summary>The first catalogue entry listed under a name, whatever its kind.</summary>
    public CatalogueActor? Find(string name)
    {
        var all = All(name);
        return all.Count > 0 ? all[0] : null;
    }

    private (CatalogueActor?, string?)? Listed(string form, string name, ActorKind kind)
    {
        if (!form.Contains(' ') && form != name) return null;
        foreach (var found in All(form))
        {
            if (!Compatible(found.Kind, kind)) continue;
            if (found.Kind != ActorKind.Person || form.Contains(' ')) return (found, ListedReason(found));
            return null;
        }
        return null;
    }

    private string ListedReason(CatalogueActor found)
    {
        if (!listedReasons.TryGetValue(found, out var reason)) listedReasons[found] = reason = $"catalogue: listed name of {found.Name}";
        return reason;
    }

    private IReadOnlyList<CatalogueActor> All(string form)
    {
        if (!listed.TryGetValue(form, out var all)) listed[form] = all = catalogue.FindAll(form);
        return all;
    }

    private (CatalogueActor?, string?) Person(string name)
    {
        if (persons.TryGetValue(name, out var known)) return known;
        (CatalogueActor?, string?) result = (null, null);
        foreach (var (listedName, actor) in people[keys.SurnameOf(name)])
            if (ActorPersonMatch.SamePerson(listedName, name) is { } reason)
            {
                result = (actor, reason);
                break;
            }
        persons[name] = result;
        return result;
    }

    /// <summary>The catalogue's people by the key of their surname, each full name they are listed under.</summary>
    private static ILookup<string, (string Name, CatalogueActor Actor)> CataloguePeople(ActorCatalogue catalogue) =>
        catalogue.Actors.Where(a => a.Kind == ActorKind.Person)
            .SelectMany(a => a.Aliases.Prepend(a.Name).Where(n => n.Contains(' ')).Select(n => (Name: n, Actor: a)))
            .ToLookup(p => ActorPersonMatch.SurnameKey(p.Name), StringComparer.Ordinal);

    private static bool Compatible(ActorKind a, ActorKind b) =>
        a == b || (a is ActorKind.Organization or ActorKind.ArmedGroup) && (b is ActorKind.Organization or ActorKind.ArmedGroup);
}
