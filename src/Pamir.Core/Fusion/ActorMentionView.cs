using Pamir.Core.Actors;
using Pamir.Core.Names;

namespace Pamir.Core.Fusion;

/// <summary>
/// One document's mention of one actor as resolution keeps it: how the document names the actor
/// (shared by every document that names it alike) and how often it is mentioned instead of where.
/// Resolution holds every document's mentions at once: their spans were most of their weight,
/// then their names, kinds and forms, which most documents repeat.
/// </summary>
internal sealed class ActorMentionView(string documentId, ActorNaming naming, int spanCount)
{
    public string DocumentId { get; } = documentId;
    public string Name => naming.Name;
    public ActorKind Kind => naming.Kind;
    /// <inheritdoc cref="ActorNaming.Catalogue"/>
    public CatalogueActor? Catalogue => naming.Catalogue;
    /// <inheritdoc cref="ActorNaming.CatalogueReason"/>
    public string? CatalogueReason => naming.CatalogueReason;
    public string? CountryCode => naming.CountryCode;
    public string[] Forms => naming.Forms;
    public string[] Roles => naming.Roles;
    /// <summary>How many times the document mentions the actor (its spans).</summary>
    public int SpanCount { get; } = spanCount;
}
