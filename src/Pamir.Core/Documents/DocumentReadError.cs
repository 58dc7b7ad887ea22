namespace Pamir.Core.Documents;

/// <summary>
/// Why one input could not be read: the path (and the 1-based line for a JSON Lines record)
/// with a reason a person can act on.
/// </summary>
public sealed record DocumentReadError(string Path, int? Line, string Reason)
{
    /// <summary>The input as a person would point at it: "dump.jsonl:12" or "report.html".</summary>
    public string Input => Line is int line ? $"{Path}:{line}" : Path;

    public override string ToString() => $"{Input}: {Reason}";
}
