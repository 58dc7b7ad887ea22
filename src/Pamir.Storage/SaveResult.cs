namespace Pamir.Storage;

/// <summary>What became of one document of a saved batch; Error says why when it failed.</summary>
public sealed record SaveResult(string DocumentId, SaveOutcome Outcome, string? Error = null);
