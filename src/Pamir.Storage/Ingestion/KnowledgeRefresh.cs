using Pamir.Core.Fusion;
using Pamir.Core.Reference;

namespace Pamir.Storage.Ingestion;

/// <summary>Re-fuses the knowledge base from every stored document's findings; the one whole-corpus step of a run.</summary>
public static class KnowledgeRefresh
{
    public static void Run(IKnowledgeStore store, ReferenceData reference, string pipelineVersion)
    {
        var findings = store.AllFindings().ToList();
        store.ReplaceKnowledge(KnowledgeFusion.Fuse(findings, reference), pipelineVersion);
    }

    /// <summary>Re-fuses only when documents changed since the last fusion or the pipeline did.</summary>
    public static bool IfStale(IKnowledgeStore store, ReferenceData reference, string pipelineVersion)
    {
        if (store.KnowledgeFusedWith == pipelineVersion) return false;
        Run(store, reference, pipelineVersion);
        return true;
    }
}
