namespace Pamir.Storage;

/// <summary>What decides whether a document must be analysed again: its content and the pipeline that analysed it.</summary>
public sealed record DocumentStamp(string ContentHash, string PipelineVersion);
