namespace Pamir.Core.Claims;

/// <summary>The role a word plays in a key figure (see data/lexicons/claims-measures.tsv).</summary>
public enum MeasureKind { Length, Count, Denominator, Money, Topic, Filler, Link, Context }
