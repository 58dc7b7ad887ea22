using Pamir.Core.Pipeline;

namespace Pamir.Storage.Ingestion;

/// <summary>
/// Identifies the analysis code and its shipped reference data: the module version id of the
/// core assembly, which deterministic builds derive from its content. A document analysed by
/// another version is analysed again when it is next ingested.
/// </summary>
public static class PipelineVersion
{
    public static string Current { get; } = typeof(AnalysisPipeline).Assembly.ManifestModule.ModuleVersionId.ToString("N")[..16];
}
