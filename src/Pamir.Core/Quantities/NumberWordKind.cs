namespace Pamir.Core.Quantities;

/// <summary>The role a number word plays when words combine ("twenty-nine", "three hundred", "nine million", "two-thirds").</summary>
public enum NumberWordKind { Unit, Ten, Hundred, Scale, Dozen, Fraction }
