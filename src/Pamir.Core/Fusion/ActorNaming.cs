using Pamir.Core.Actors;
using Pamir.Core.Names;

namespace Pamir.Core.Fusion;

/// <summary>
/// How a document names an actor: its name, kind, country, forms and roles, and the catalogue
/// entry these stand for. Thousands of documents name "Tajikistan" or "the Interior Ministry"
/// alike, so one naming serves every mention written the same way (<see cref="ActorNamings"/>),
/// its catalogue entry is looked up once for all of them, and resolution resolves the naming once
/// for all the mentions that share it (<see cref="ActorMentionGroup"/>).
/// </summary>
internal sealed class ActorNaming
{
    /// <param name="catalogueId">The catalogue entry the names layer matched, or null.</param>
    /// <param name="index">The naming's number among the distinct namings gathered.</param>
    public ActorNaming(string name, ActorKind kind, string? catalogueId, string? countryCode, string[] forms, string[] roles, ActorCatalogueMatch match, int index)
    {
        Index = index;
        Name = name;
        Kind = kind;
        CatalogueId = catalogueId;
        CountryCode = countryCode;
        Forms = forms;
        Roles = roles;
        (Catalogue, CatalogueReason) = match.EntryOf(catalogueId, name, kind, forms);
    }

    /// <summary>The naming's number among the distinct namings gathered (<see cref="ActorNamings.All"/>).</summary>
    public int Index { get; }
    public string Name { get; }
    public ActorKind Kind { get; }
    /// <summary>The catalogue entry the names layer matched, or null: with the rest, what tells two namings apart.</summary>
    public string? CatalogueId { get; }
    /// <summary>The catalogue entry the naming stands for (<see cref="ActorCatalogueMatch.EntryOf"/>), or null.</summary>
    public CatalogueActor? Catalogue { get; }
    /// <summary>Why the naming stands for its catalogue entry when the names layer did not match it there, else null.</summary>
    public string? CatalogueReason { get; }
    public string? CountryCode { get; }
    public string[] Forms { get; }
    public string[] Roles { get; }

    public bool Is(ActorNaming other) => Is(other.Name, other.Kind, other.CatalogueId, other.CountryCode, other.Forms, other.Roles);

    public bool Is(string name, ActorKind kind, string? catalogueId, string? countryCode, IReadOnlyList<string> forms, IReadOnlyList<string> roles) =>
        kind == Kind
        && string.Equals(name, Name, StringComparison.Ordinal)
        && string.Equals(catalogueId, CatalogueId, StringComparison.Ordinal)
        && string.Equals(countryCode, CountryCode, StringComparison.Ordinal)
        && Same(forms, Forms)
        && Same(roles, Roles);

    private static bool Same(IReadOnlyList<string> given, string[] kept)
    {
        if (given.Count != kept.Length) return false;
        for (int i = 0; i < kept.Length; i++)
            if (!string.Equals(given[i], kept[i], StringComparison.Ordinal)) return false;
        return true;
    }
}
