using Pamir.Core.Names;

namespace Pamir.Core.Fusion;

/// <summary>
/// One <see cref="ActorNaming"/> for mentions that name an actor alike, kept in a table of the
/// last naming of each slot, so it stays the same size however many documents are gathered. A
/// naming is a function of what it is made from, so which mention made the one kept does not
/// matter. One thread at a time.
/// </summary>
internal sealed class ActorNamings(SharedStrings strings, ActorCatalogueMatch match)
{
    private const int Slots = 1 << 15;
    private readonly ActorNaming?[] table = new ActorNaming?[Slots];

    public ActorNaming Of(string name, ActorKind kind, string? catalogueId, string? countryCode, IReadOnlyList<string> forms, IReadOnlyList<string> roles)
    {
        var hash = new HashCode();
        hash.Add(name);
        hash.Add(kind);
        hash.Add(catalogueId);
        hash.Add(countryCode);
        // Indexed: a foreach over a read-only list boxes its enumerator, for every mention gathered.
        for (int i = 0; i < forms.Count; i++) hash.Add(forms[i]);
        hash.Add(forms.Count);
        for (int i = 0; i < roles.Count; i++) hash.Add(roles[i]);
        ref ActorNaming? slot = ref table[hash.ToHashCode() & (Slots - 1)];
        if (slot is not null && slot.Is(name, kind, catalogueId, countryCode, forms, roles)) return slot;
        return slot = new ActorNaming(strings.Of(name), kind, strings.Of(catalogueId), strings.Of(countryCode), strings.Of(forms), strings.Of(roles), match);
    }
}
