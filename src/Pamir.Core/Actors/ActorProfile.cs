using Pamir.Core.KnowledgeBase;

namespace Pamir.Core.Actors;

/// <summary>
/// Everything the knowledge base says about one actor, each line with its document and evidence
/// sentence: its relationships (stances and structure), the incidents it took part in, the key
/// figures about it, and the documents that mention it. Each list is a page of the most telling
/// lines (most stated relations, latest incidents, figures and documents), with the totals beside it.
/// </summary>
public sealed record ActorProfile(
    Actor Actor,
    int DocumentCount,
    int RelationGroupCount,
    IReadOnlyList<ProfileRelation> Relations,
    IReadOnlyList<ProfileIncident> Incidents,
    IReadOnlyList<ProfileFigure> Figures,
    IReadOnlyList<ProfileSource> Sources);
