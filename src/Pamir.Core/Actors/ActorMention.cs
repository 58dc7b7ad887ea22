using Pamir.Core.Names;
using Pamir.Core.Text;

namespace Pamir.Core.Actors;

/// <summary>
/// One document's view of one actor: the fullest name it uses, every other form it uses, the
/// roles it gives ("President", "leader of Group 24"), and where it is mentioned.
/// </summary>
public sealed record ActorMention
{
    public required string DocumentId { get; init; }
    public required string Name { get; init; }
    public required ActorKind Kind { get; init; }
    public string? CatalogueId { get; init; }
    public string? CountryCode { get; init; }
    public IReadOnlyList<string> Forms { get; init; } = [];
    public IReadOnlyList<string> Roles { get; init; } = [];
    public required IReadOnlyList<TextSpan> Spans { get; init; }
}
