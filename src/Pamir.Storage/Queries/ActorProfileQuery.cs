using Pamir.Core.Actors;

namespace Pamir.Storage.Queries;

/// <summary>
/// An actor's profile as `pamir actor` shows it: the most telling page of each part (most stated
/// relations, latest incidents, latest figures, latest sources), read through queries bounded by
/// the page, so that a profile stays quick for an actor named in most documents.
/// </summary>
public static class ActorProfileQuery
{
    /// <summary>How many of a key figure's claims a profile quotes, the latest first; the store keeps them beside each claim group (schema step 4 says 3 too).</summary>
    public const int LatestFigures = 3;

    public static ActorProfile Build(IKnowledgeStore store, ActorSummary summary, int limit)
    {
        var actor = summary.Actor;
        var relations = store.Relations(actor.Id, 0, limit);
        var sources = store.ActorDocuments(actor.Id, limit).Select(store.ActorMentions);
        return ActorProfiles.Build(actor, summary.DocumentCount, relations.TotalGroups, relations.Groups, store.ActorIncidents(actor.Id, limit),
            store.KeyFigures(actor.Id), sources, id => store.Document(id)?.Document);
    }
}
