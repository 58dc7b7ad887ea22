using Pamir.Core.Claims;
using Pamir.Core.Incidents;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Pipeline;
using Pamir.Core.Reference;
using Pamir.Core.Relations;

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
    /// with the rest). The findings are read once, as they stream past, and each step keeps only
    /// what it reads: actor resolution the mentions without their spans, released once it is done;
    /// incident fusion the reports; relation resolution the statements. Claims are grouped beside
    /// actor resolution and relations resolved beside incident fusion, on a second core.
    /// </summary>
    /// <param name="findings">Every document's findings, in any order; their claims are not read.</param>
    /// <param name="claims">Every document's claims, in document id order.</param>
    public static FusedKnowledge Fuse(IEnumerable<DocumentFindings> findings, IEnumerable<Claim> claims, ReferenceData reference)
    {
        var claimGroups = Task.Run(() => ClaimGrouping.Group(claims));
        var (directory, reports, statements) = ResolveActors(findings, reference);
        var actors = directory.Actors;
        var relations = Task.Run(() => RelationResolution.Resolve(statements.OrderBy(s => s.DocumentId, StringComparer.Ordinal).SelectMany(s => s.Relations), actors));
        var incidents = IncidentFusion.Fuse(reports, directory.IdOf);
        return new FusedKnowledge(incidents, actors, relations.GetAwaiter().GetResult(), claimGroups.GetAwaiter().GetResult());
    }

    /// <summary>
    /// Reads the findings once: resolves the actors from their mentions, which are dropped when this
    /// returns, and hands on the incident reports (places completed) and each document's relations.
    /// </summary>
    private static (ActorDirectory Directory, List<IncidentReport> Reports, List<(string DocumentId, IReadOnlyList<RelationStatement> Relations)> Statements)
        ResolveActors(IEnumerable<DocumentFindings> findings, ReferenceData reference)
    {
        var mentions = new ActorMentions(reference.Actors);
        var reports = new List<IncidentReport>();
        var statements = new List<(string, IReadOnlyList<RelationStatement>)>();
        foreach (var document in findings)
        {
            mentions.Add(document);
            foreach (var report in document.Incidents) reports.Add(IncidentPlaceKind.Complete(report, reference.Gazetteer));
            if (document.Relations.Count > 0) statements.Add((document.DocumentId, document.Relations));
        }
        return (ActorResolution.Resolve(mentions), reports, statements);
    }
}
