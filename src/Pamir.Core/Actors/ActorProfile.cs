using Pamir.Core.KnowledgeBase;

namespace Pamir.Core.Actors;

/// <summary>
/// Everything the knowledge base says about one actor, each line with its document and evidence
/// sentence: its relationships (stances and structure), the incidents it took part in, the key
/// figures about it, and the documents that mention it.
/// </summary>
public sealed record ActorProfile(
    Actor Actor,
    IReadOnlyList<ProfileRelation> Relations,
    IReadOnlyList<ProfileIncident> Incidents,
    IReadOnlyList<ProfileFigure> Figures,
    IReadOnlyList<ProfileSource> Sources);
