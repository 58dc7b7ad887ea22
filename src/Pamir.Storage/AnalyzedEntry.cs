using Pamir.Core.Documents;
using Pamir.Core.Pipeline;

namespace Pamir.Storage;

/// <summary>A document ready to be stored: its source, what the pipeline found in it, and which pipeline that was.</summary>
public sealed record AnalyzedEntry(SourceDocument Document, DocumentFindings Findings, string PipelineVersion);
