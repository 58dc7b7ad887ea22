namespace Pamir.Core.KnowledgeBase;

/// <summary>
/// All statements that one actor stands in one relation to another, summed up for a profile: how
/// many there are and the latest one, whose evidence speaks for them. OtherName is the other
/// actor's canonical name as seen from the profiled actor, when that actor is known.
/// </summary>
public sealed record RelationGroup(ResolvedRelation Latest, int Statements, string? OtherName);
