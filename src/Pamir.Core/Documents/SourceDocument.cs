using Pamir.Core.Time;

namespace Pamir.Core.Documents;

/// <summary>
/// A report as read from its source and cleaned: the text every offset points into, with its
/// identity (file name without extension or the JSONL id), where it came from and when it was published.
/// </summary>
public sealed record SourceDocument
{
    public required string Id { get; init; }
    /// <summary>The file path or URL the document was read from.</summary>
    public required string Source { get; init; }
    public string? Url { get; init; }
    public string? Title { get; init; }
    public required string Text { get; init; }
    public FuzzyDate? Published { get; init; }
    public DateSource PublishedSource { get; init; } = DateSource.Unknown;
    /// <summary>Hex SHA-256 of the cleaned text and title: the same content is ingested once.</summary>
    public required string ContentHash { get; init; }
}
