using Pamir.Core.Time;

namespace Pamir.Core.Documents;

/// <summary>A calendar date written in a line of text, at [Start, End).</summary>
public readonly record struct DateMatch(int Start, int End, FuzzyDate Date);
