namespace Pamir.Core.KnowledgeBase;

/// <summary>
/// A knowledge base still fusing on other cores, each part as it is done: the claim groups first,
/// then the actors, their relations and last the incidents. A store writes each part as soon as it
/// is done while the rest is fused, so that the one whole-corpus step of a run keeps both cores busy.
/// The incidents come grouped, to be built as they are written (<see cref="FusedIncidents"/>).
/// </summary>
public sealed record FusingKnowledge(
    Task<FusedIncidents> Incidents,
    Task<IReadOnlyList<Actor>> Actors,
    Task<IReadOnlyList<ResolvedRelation>> Relations,
    Task<IReadOnlyList<ClaimGroup>> ClaimGroups)
{
    /// <summary>Waits for the parts still fusing.</summary>
    public FusedKnowledge Fused() => new(Incidents.GetAwaiter().GetResult().All(), Actors.GetAwaiter().GetResult(), Relations.GetAwaiter().GetResult(), ClaimGroups.GetAwaiter().GetResult());

    /// <summary>Knowledge fused already, as one still fusing that is done.</summary>
    public static FusingKnowledge Of(FusedKnowledge knowledge) =>
        new(Task.FromResult(FusedIncidents.Of(knowledge.Incidents)), Task.FromResult(knowledge.Actors), Task.FromResult(knowledge.Relations), Task.FromResult(knowledge.ClaimGroups));
}
