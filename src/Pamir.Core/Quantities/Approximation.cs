namespace Pamir.Core.Quantities;

/// <summary>How the text qualifies a number: "at least 32", "more than 1,000", "about 40", "up to 46%".</summary>
public enum Approximation { Exact, AtLeast, MoreThan, About, Nearly, UpTo, LessThan, Range, Vague }
