using Pamir.Core.Documents;

namespace Pamir.Storage;

/// <summary>A document as stored: the source document plus when and by which pipeline it was analysed.</summary>
public sealed record StoredDocument(SourceDocument Document, string PipelineVersion, DateTimeOffset IngestedAt);
