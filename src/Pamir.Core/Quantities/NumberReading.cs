namespace Pamir.Core.Quantities;

/// <summary>A number read from tokens [first token, EndToken): its value, whether it was spelled out, whether it is a fraction ("a third").</summary>
public readonly record struct NumberReading(double Value, int EndToken, bool SpelledOut, bool IsFraction);
