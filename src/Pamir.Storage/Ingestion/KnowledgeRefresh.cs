using Pamir.Core.Fusion;
using Pamir.Core.Reference;

namespace Pamir.Storage.Ingestion;

/// <summary>Re-fuses the knowledge base from every stored document's findings; the one whole-corpus step of a run.</summary>
public static class KnowledgeRefresh
{
    /// <returns>The rows the refresh wrote: those of incidents, actors, relations and claim groups that changed.</returns>
    public static KnowledgeWrites Run(IKnowledgeStore store, ReferenceData reference, string pipelineVersion) =>
        Run(store, new FusionGathering(reference), pipelineVersion);

    /// <summary>
    /// Re-fuses from the documents a run gathered as it stored them and, read back from the store,
    /// every other stored document. The gathering must hold only documents stored as gathered.
    /// </summary>
    public static KnowledgeWrites Run(IKnowledgeStore store, FusionGathering gathered, string pipelineVersion)
    {
        // The stored findings stream in and are gathered as they pass; claims are read whole from
        // the store, as they are few and grouping needs every document's in id order.
        var except = gathered.Count == 0 ? null : gathered.DocumentIds();
        foreach (var findings in store.FusionFindings(except)) gathered.Add(findings);
        // The actors are written while the relations, claim groups and incidents are fused.
        return store.ReplaceKnowledge(KnowledgeFusion.Start(gathered, store.AllClaims()), pipelineVersion);
    }

    /// <summary>Re-fuses only when documents changed since the last fusion or the pipeline did.</summary>
    public static bool IfStale(IKnowledgeStore store, ReferenceData reference, string pipelineVersion)
    {
        if (store.KnowledgeFusedWith == pipelineVersion) return false;
        Run(store, reference, pipelineVersion);
        return true;
    }

    /// <inheritdoc cref="IfStale(IKnowledgeStore, ReferenceData, string)"/>
    public static bool IfStale(IKnowledgeStore store, FusionGathering gathered, string pipelineVersion)
    {
        if (store.KnowledgeFusedWith == pipelineVersion) return false;
        Run(store, gathered, pipelineVersion);
        return true;
    }
}
