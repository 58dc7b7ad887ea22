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
    public static FusedKnowledge Fuse(IReadOnlyList<DocumentFindings> findings, ReferenceData reference)
    {
        var actors = ActorResolution.Resolve(findings, reference.Actors);
        var knowledge = FusedKnowledge.Empty with
        {
            Incidents = IncidentFusion.Fuse(findings.SelectMany(f => f.Incidents).Select(r => IncidentPlaceKind.Complete(r, reference.Gazetteer)), actors.IdOf),
            Actors = actors.Actors,
        };
        knowledge = knowledge with { Relations = RelationResolution.Resolve(findings, knowledge.Actors) };
        knowledge = knowledge with { ClaimGroups = ClaimGrouping.Group(findings) };
        return knowledge;
    }
}
