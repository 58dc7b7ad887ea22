using Pamir.Core.Names;

namespace Pamir.Core.Fusion;

/// <summary>
/// One <see cref="ActorNaming"/> for mentions that name an actor alike, each numbered in the order
/// first met, so that a document's mentions are kept as naming numbers. Most mentions find their
/// naming in a table of the last naming of each slot, which builds nothing; the others are looked
/// up among every distinct naming, so two mentions named alike always share one. One thread at a time.
/// </summary>
internal sealed class ActorNamings(SharedStrings strings, ActorCatalogueMatch match)
{
    private const int Slots = 1 << 15;
    private readonly ActorNaming?[] table = new ActorNaming?[Slots];
    private readonly HashSet<ActorNaming> distinct = new(Alike.Instance);
    private readonly List<ActorNaming> all = [];

    /// <summary>Every distinct naming, by its number.</summary>
    public IReadOnlyList<ActorNaming> All => all;

    public ActorNaming Of(string name, ActorKind kind, string? catalogueId, string? countryCode, IReadOnlyList<string> forms, IReadOnlyList<string> roles)
    {
        ref ActorNaming? slot = ref table[Hash(name, kind, catalogueId, countryCode, forms, roles) & (Slots - 1)];
        if (slot is not null && slot.Is(name, kind, catalogueId, countryCode, forms, roles)) return slot;
        var made = new ActorNaming(strings.Of(name), kind, strings.Of(catalogueId), strings.Of(countryCode), strings.Of(forms), strings.Of(roles), match, all.Count);
        if (distinct.TryGetValue(made, out var known)) return slot = known;
        distinct.Add(made);
        all.Add(made);
        return slot = made;
    }

    private static int Hash(string name, ActorKind kind, string? catalogueId, string? countryCode, IReadOnlyList<string> forms, IReadOnlyList<string> roles)
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
        return hash.ToHashCode();
    }

    /// <summary>Two namings made from the same name, kind, catalogue entry, country, forms and roles.</summary>
    private sealed class Alike : IEqualityComparer<ActorNaming>
    {
        public static readonly Alike Instance = new();

        public bool Equals(ActorNaming? x, ActorNaming? y) => ReferenceEquals(x, y) || x is not null && y is not null && x.Is(y);

        public int GetHashCode(ActorNaming naming) =>
            Hash(naming.Name, naming.Kind, naming.CatalogueId, naming.CountryCode, naming.Forms, naming.Roles);
    }
}
