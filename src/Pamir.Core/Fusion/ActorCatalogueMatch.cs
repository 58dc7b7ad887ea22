using Pamir.Core.Actors;
using Pamir.Core.Names;

namespace Pamir.Core.Fusion;

/// <summary>
/// The catalogue entry a mention stands for: the one the names layer matched, else one its full
/// name or a longer form is listed under (a single word — a lone surname, an acronym — is not
/// enough: "Rahmonov" alone may be another Rahmonov), else a listed person its full name is a
/// spelling of. Lookups are kept per distinct form and name, because the same few forms recur in
/// thousands of mentions. One instance serves one resolution.
/// </summary>
internal sealed class ActorCatalogueMatch(ActorCatalogue catalogue, ActorNameKeys keys)
{
    private readonly ILookup<string, (string Name, CatalogueActor Actor)> people = CataloguePeople(catalogue);
    private readonly Dictionary<string, IReadOnlyList<CatalogueActor>> listed = new(StringComparer.Ordinal);
    private readonly Dictionary<string, (CatalogueActor?, string?)> persons = new(StringComparer.Ordinal);

    public (CatalogueActor? Entry, string? Reason) EntryOf(ActorMentionView mention)
    {
        if (mention.CatalogueId is { } id && catalogue.Get(id) is { } matched) return (matched, null);
        if (Listed(mention.Name, mention) is { } byName) return byName;
        foreach (var form in mention.Forms)
            if (Listed(form, mention) is { } byForm) return byForm;
        if (mention.Kind == ActorKind.Person && mention.Name.Contains(' ')) return Person(mention.Name);
        return (null, null);
    }

    /// <summary>The first catalogue entry listed under a name, whatever its kind.</summary>
    public CatalogueActor? Find(string name)
    {
        var all = All(name);
        return all.Count > 0 ? all[0] : null;
    }

    private (CatalogueActor?, string?)? Listed(string form, ActorMentionView mention)
    {
        if (!form.Contains(' ') && form != mention.Name) return null;
        foreach (var found in All(form))
        {
            if (!Compatible(found.Kind, mention.Kind)) continue;
            if (found.Kind != ActorKind.Person || form.Contains(' ')) return (found, $"catalogue: listed name of {found.Name}");
            return null;
        }
        return null;
    }

    private IReadOnlyList<CatalogueActor> All(string form)
    {
        string key = keys.Of(form);
        if (!listed.TryGetValue(key, out var all)) listed[key] = all = catalogue.FindAll(form);
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
