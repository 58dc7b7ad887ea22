using Pamir.Core.KnowledgeBase;
using Pamir.Core.Pipeline;
using Pamir.Core.Relations;

namespace Pamir.Core.Fusion;

/// <summary>
/// Maps both ends of every relation statement to actors of the knowledge base, by the actor's name
/// or any alias. A statement whose end names no known actor is left out rather than attached to a
/// guessed actor; one actor standing in relation to itself is left out too.
/// </summary>
public static class RelationResolution
{
    public static IReadOnlyList<ResolvedRelation> Resolve(IEnumerable<DocumentFindings> findings, IReadOnlyList<Actor> actors) =>
        Resolve(findings.OrderBy(f => f.DocumentId, StringComparer.Ordinal).SelectMany(f => f.Relations), actors);

    /// <param name="statements">Every document's relation statements, documents in id order.</param>
    public static IReadOnlyList<ResolvedRelation> Resolve(IEnumerable<RelationStatement> statements, IReadOnlyList<Actor> actors)
    {
        var byName = new Dictionary<string, Actor>();
        // Better-attested actors win a name two actors share.
        foreach (var actor in actors.OrderByDescending(a => a.MentionCount).ThenBy(a => a.Id, StringComparer.Ordinal))
            foreach (var form in actor.Aliases.Prepend(actor.Name))
                byName.TryAdd(NameKey.Of(form), actor);

        var resolved = new List<ResolvedRelation>();
        foreach (var statement in statements)
        {
            if (!byName.TryGetValue(NameKey.Of(statement.Source), out var source) || !byName.TryGetValue(NameKey.Of(statement.Target), out var target)) continue;
            if (source.Id == target.Id) continue;
            resolved.Add(new ResolvedRelation(source.Id, target.Id, statement));
        }
        return resolved;
    }
}
