using Pamir.Core.Claims;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Pipeline;
using Pamir.Core.Reference;

namespace Pamir.Core.Fusion;

/// <summary>
/// Fuses every document's findings into the knowledge base. A pure function of the findings, so
/// adding a document updates the base, re-adding it changes nothing and removing it retracts
/// exactly what it contributed.
/// </summary>
public static class KnowledgeFusion
{
    public static FusedKnowledge Fuse(IReadOnlyList<DocumentFindings> findings, ReferenceData reference) =>
        Fuse(findings, findings.SelectMany(f => f.Claims), reference);

    /// <summary>
    /// Fuses findings whose claims are given apart (a store streams them rather than keep them
    /// with the rest). Claims are grouped beside actor resolution and relations resolved beside
    /// incident fusion, on a second core: each step reads only what the step before it finished.
    /// </summary>
    /// <param name="claims">Every document's claims, in document id order.</param>
    public static FusedKnowledge Fuse(IReadOnlyList<DocumentFindings> findings, IEnumerable<Claim> claims, ReferenceData reference)
    {
        var claimGroups = Task.Run(() => ClaimGrouping.Group(claims));
        var actors = ActorResolution.Resolve(findings, reference.Actors);
        var relations = Task.Run(() => RelationResolution.Resolve(findings, actors.Actors));
        var incidents = IncidentFusion.Fuse(findings.SelectMany(f => f.Incidents).Select(r => IncidentPlaceKind.Complete(r, reference.Gazetteer)), actors.IdOf);
        return new FusedKnowledge(incidents, actors.Actors, relations.GetAwaiter().GetResult(), claimGroups.GetAwaiter().GetResult());
    }
}
