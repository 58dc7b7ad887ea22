using Pamir.Core.Fusion;
using Pamir.Core.Reference;

namespace Pamir.Storage.Ingestion;

/// <summary>Re-fuses the knowledge base from every stored document's findings; the one whole-corpus step of a run.</summary>
public static class KnowledgeRefresh
{
    /// <returns>The rows the refresh wrote: those of incidents, actors, relations and claim groups that changed.</returns>
    public static KnowledgeWrites Run(IKnowledgeStore store, ReferenceData reference, string pipelineVersion)
    {
        // Findings and claims are fused as they stream in; fusion keeps of them only what its steps
        // compare across documents.
        return store.ReplaceKnowledge(KnowledgeFusion.Fuse(store.FusionFindings(), store.AllClaims(), reference), pipelineVersion);
    }

    /// <summary>Re-fuses only when documents changed since the last fusion or the pipeline did.</summary>
    public static bool IfStale(IKnowledgeStore store, ReferenceData reference, string pipelineVersion)
    {
        if (store.KnowledgeFusedWith == pipelineVersion) return false;
        Run(store, reference, pipelineVersion);
        return true;
    }
}
