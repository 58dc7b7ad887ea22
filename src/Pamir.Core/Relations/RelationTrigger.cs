namespace Pamir.Core.Relations;

/// <summary>A lexicon entry: a phrase that states a relation of a type, and where its two actors stand.</summary>
public sealed record RelationTrigger(string Phrase, RelationType Type, TriggerFrame Frame);
