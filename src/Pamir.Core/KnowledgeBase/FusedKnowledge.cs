namespace Pamir.Core.KnowledgeBase;

/// <summary>The knowledge base fused from all documents' findings: what the exports and queries read.</summary>
public sealed record FusedKnowledge(
    IReadOnlyList<Incident> Incidents,
    IReadOnlyList<Actor> Actors,
    IReadOnlyList<ResolvedRelation> Relations,
    IReadOnlyList<ClaimGroup> ClaimGroups)
{
    public static FusedKnowledge Empty { get; } = new([], [], [], []);
}
