using Pamir.Core.Names;

namespace Pamir.Core.Actors;

/// <summary>
/// One line of the actor catalogue: an actor known in advance, with every name it goes by.
/// Acronyms and codes are matched only in capitals; metonyms ("Dushanbe", "the Kremlin") name the
/// actor only when it acts; demonyms ("Tajik") name a state's people and government.
/// </summary>
public sealed record CatalogueActor(
    string Id,
    string Name,
    ActorKind Kind,
    string? CountryCode,
    IReadOnlyList<string> Aliases,
    IReadOnlyList<string> Acronyms,
    IReadOnlyList<string> Codes,
    IReadOnlyList<string> Metonyms,
    IReadOnlyList<string> Demonyms)
{
    /// <summary>The name, aliases, acronyms and codes: every form that may be exported as the actor's alias.</summary>
    public IEnumerable<string> AllNames => new[] { Name }.Concat(Aliases).Concat(Acronyms).Concat(Codes).Distinct(StringComparer.OrdinalIgnoreCase);
}
