namespace Pamir.Core.KnowledgeBase;

/// <summary>A field on which an incident's sources disagree: each stated value with the documents that state it.</summary>
public sealed record FieldConflict(string Field, IReadOnlyDictionary<string, IReadOnlyList<string>> DocumentsByValue);
