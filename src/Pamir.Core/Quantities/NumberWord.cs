namespace Pamir.Core.Quantities;

/// <summary>A spelled-out number word and its value ("nine" 9, "twenty" 20, "million" 1e6, "third" 1/3).</summary>
public readonly record struct NumberWord(double Value, NumberWordKind Kind);
