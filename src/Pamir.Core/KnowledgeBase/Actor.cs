using Pamir.Core.Names;

namespace Pamir.Core.KnowledgeBase;

/// <summary>
/// One actor across all documents: the canonical name, every other form it goes by, and why
/// each form was merged in (shared alias, transliteration rule, catalogue) so a person can review it.
/// </summary>
public sealed record Actor
{
    public required string Id { get; init; }
    public required string Name { get; init; }
    public required ActorKind Kind { get; init; }
    public string? CountryCode { get; init; }
    public IReadOnlyList<string> Aliases { get; init; } = [];
    public IReadOnlyList<string> Roles { get; init; } = [];
    public int MentionCount { get; init; }
    public IReadOnlyList<string> Documents { get; init; } = [];
    public IReadOnlyList<MergeReason> Merges { get; init; } = [];
}
