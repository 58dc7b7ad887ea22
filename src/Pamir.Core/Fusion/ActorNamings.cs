using Pamir.Core.Names;

namespace Pamir.Core.Fusion;

/// <summary>
/// One <see cref="ActorNaming"/> for mentions that name an actor alike, each numbered in the order
/// first met, so that a document's mentions are kept as naming numbers. A naming is looked up by
/// what the mention gives, so that one met before is found without building another. One thread at a time.
/// </summary>
internal sealed class ActorNamings(SharedStrings strings, ActorCatalogueMatch match)
{
    private readonly HashSet<ActorNaming> distinct = new(Alike.Instance);
    private readonly List<ActorNaming> all = [];

    /// <summary>Every distinct naming, by its number.</summary>
    public IReadOnlyList<ActorNaming> All => all;

    public ActorNaming Of(string name, ActorKind kind, string? catalogueId, string? countryCode, IReadOnlyList<string> forms, IReadOnlyList<string> roles)
    {
        if (distinct.GetAlternateLookup<Given>().TryGetValue(new Given(name, kind, catalogueId, countryCode, forms, roles), out var known)) return known;
        var made = new ActorNaming(strings.Of(name), kind, strings.Of(catalogueId), strings.Of(countryCode), strings.Of(forms), strings.Of(roles), match, all.Count);
        distinct.Add(made);
        all.Add(made);
        return made;
    }

    /// <summary>What a mention gives of its naming.</summary>
    private readonly record struct Given(string Name, ActorKind Kind, string? CatalogueId, string? CountryCode, IReadOnlyList<string> Forms, IReadOnlyList<string> Roles);

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

    /// <summary>Two namings, or a naming and what a mention gives, made from the same name, kind, catalogue entry, country, forms and roles.</summary>
    private sealed class Alike : IEqualityComparer<ActorNaming>, IAlternateEqualityComparer<Given, ActorNaming>
    {
        public static readonly Alike Instance = new();

        public bool Equals(ActorNaming? x, ActorNaming? y) => ReferenceEquals(x, y) || x is not null && y is not null && x.Is(y);

        public int GetHashCode(ActorNaming naming) =>
            Hash(naming.Name, naming.Kind, naming.CatalogueId, naming.CountryCode, naming.Forms, naming.Roles);

        public bool Equals(Given given, ActorNaming naming) =>
            naming.Is(given.Name, given.Kind, given.CatalogueId, given.CountryCode, given.Forms, given.Roles);

        public int GetHashCode(Given given) =>
            Hash(given.Name, given.Kind, given.CatalogueId, given.CountryCode, given.Forms, given.Roles);

        // Only looked up by: a naming is made by ActorNamings.Of, which numbers it and matches it to the catalogue.
        public ActorNaming Create(Given given) => throw new NotSupportedException($"the naming of {given.Name} is made by {nameof(ActorNamings)}.{nameof(Of)}");
    }
}
