namespace Pamir.Core.KnowledgeBase;

/// <summary>
/// A knowledge base part fused and part still fusing on other cores: the actors are done, the
/// relations, claim groups and incidents follow. A store writes what is done while the rest is
/// fused, so that the one whole-corpus step of a run keeps both cores busy.
/// </summary>
public sealed record FusingKnowledge(
    Task<IReadOnlyList<Incident>> Incidents,
    IReadOnlyList<Actor> Actors,
    Task<IReadOnlyList<ResolvedRelation>> Relations,
    Task<IReadOnlyList<ClaimGroup>> ClaimGroups)
{
    /// <summary>Waits for the parts still fusing.</summary>
    public FusedKnowledge Fused() => new(Incidents.GetAwaiter().GetResult(), Actors, Relations.GetAwaiter().GetResult(), ClaimGroups.GetAwaiter().GetResult());

    /// <summary>Knowledge fused already, as one still fusing that is done.</summary>
    public static FusingKnowledge Of(FusedKnowledge knowledge) =>
        new(Task.FromResult(knowledge.Incidents), knowledge.Actors, Task.FromResult(knowledge.Relations), Task.FromResult(knowledge.ClaimGroups));
}
