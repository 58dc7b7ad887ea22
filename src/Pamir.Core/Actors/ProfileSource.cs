using Pamir.Core.Time;

namespace Pamir.Core.Actors;

/// <summary>A document that mentions the profiled actor: how often, the forms it uses, and its first mention's sentence.</summary>
public sealed record ProfileSource(string DocumentId, string? Title, FuzzyDate? Published, int Mentions, IReadOnlyList<string> Forms, string Evidence);
