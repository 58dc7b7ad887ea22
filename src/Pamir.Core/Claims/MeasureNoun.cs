namespace Pamir.Core.Claims;

/// <summary>A lexicon word for a measure ("border guards" → count "border guards"), with the context it needs, if any.</summary>
public sealed record MeasureNoun(string Phrase, MeasureKind Kind, string Canonical, string? Context = null);
