using Pamir.Core.Relations;

namespace Pamir.Core.KnowledgeBase;

/// <summary>A relation statement whose two ends are resolved to actor ids.</summary>
public sealed record ResolvedRelation(string SourceActorId, string TargetActorId, RelationStatement Statement);
