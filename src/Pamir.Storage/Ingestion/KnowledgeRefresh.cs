using Pamir.Core.Fusion;
using Pamir.Core.Reference;

namespace Pamir.Storage.Ingestion;

/// <summary>Re-fuses the knowledge base from every stored document's findings; the one whole-corpus step of a run.</summary>
public static class KnowledgeRefresh
{
    /// <returns>The rows the refresh wrote: those of incidents, actors, relations and claim groups that changed.</returns>
    public static KnowledgeWrites Run(IKnowledgeStore store, ReferenceData reference, string pipelineVersion)
    {
        // Claims are grouped as they stream in; only what actor and incident fusion compare across
        // documents is held at once.
        var findings = store.FusionFindings().ToList();
        return store.ReplaceKnowledge(KnowledgeFusion.Fuse(findings, store.AllClaims(), reference), pipelineVersion);
    }

    /// <summary>Re-fuses only when documents changed since the last fusion or the pipeline did.</summary>
    public static bool IfStale(IKnowledgeStore store, ReferenceData reference, string pipelineVersion)
    {
        if (store.KnowledgeFusedWith == pipelineVersion) return false;
        Run(store, reference, pipelineVersion);
        return true;
    }
}
