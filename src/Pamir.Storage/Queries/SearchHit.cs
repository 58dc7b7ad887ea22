using Pamir.Core.Time;

namespace Pamir.Storage.Queries;

/// <summary>
/// One full-text search result. The snippet marks each matched term between <see cref="MatchStart"/>
/// and <see cref="MatchEnd"/>, so that each interface can render the highlight its own way.
/// </summary>
public sealed record SearchHit(string DocumentId, string? Title, FuzzyDate? Published, string Snippet, double Score)
{
    public const char MatchStart = '\u0002';
    public const char MatchEnd = '\u0003';

    public string Highlight(string open, string close) =>
        Snippet.Replace(MatchStart.ToString(), open, StringComparison.Ordinal).Replace(MatchEnd.ToString(), close, StringComparison.Ordinal);
}
