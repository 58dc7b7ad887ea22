using Pamir.Core.Claims;

namespace Pamir.Core.KnowledgeBase;

/// <summary>
/// Claims about the same measure across documents, side by side: the spread of values and whether
/// they conflict beyond rounding.
/// </summary>
public sealed record ClaimGroup(string Id, string Subject, string Measure, string? Unit, IReadOnlyList<Claim> Claims, double Min, double Max, bool Conflicting);
