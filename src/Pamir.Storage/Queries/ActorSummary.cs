using Pamir.Core.KnowledgeBase;

namespace Pamir.Storage.Queries;

/// <summary>
/// An actor as listings and profiles read it: everything but its list of documents, which for the
/// most mentioned actors names most of the base (Actor.Documents is empty here), and how many
/// documents mention it. <see cref="IKnowledgeStore.ActorDocuments"/> pages through the documents.
/// </summary>
public sealed record ActorSummary(Actor Actor, int DocumentCount);
