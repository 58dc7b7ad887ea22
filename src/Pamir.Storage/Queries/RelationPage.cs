using Pamir.Core.KnowledgeBase;

namespace Pamir.Storage.Queries;

/// <summary>One page of an actor's relation groups, most stated first, and how many groups there are in all.</summary>
public sealed record RelationPage(IReadOnlyList<RelationGroup> Groups, int TotalGroups);
