using Pamir.Core.Documents;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Names;
using Pamir.Core.Pipeline;

namespace Pamir.Core.Actors;

/// <summary>
/// Builds an actor's profile from what the knowledge base gives about it: a page of its relation
/// groups, its recent incidents, its key figures, and the actor mentions and texts of its recent documents.
/// </summary>
public static class ActorProfiles
{
    public static ActorProfile Build(
        Actor actor,
        int documentCount,
        int relationGroupCount,
        IEnumerable<RelationGroup> relations,
        IEnumerable<Incident> incidents,
        IEnumerable<ClaimGroup> claimGroups,
        IEnumerable<IReadOnlyList<ActorMention>> sourceMentions,
        Func<string, SourceDocument?> document)
    {
        var names = new HashSet<string>(actor.Aliases.Append(actor.Name).Append(actor.Id).Select(NameKey), StringComparer.Ordinal);
        var texts = new Dictionary<string, SourceDocument?>(StringComparer.Ordinal);
        SourceDocument? Doc(string id) => texts.TryGetValue(id, out var d) ? d : texts[id] = document(id);
        string Evidence(string documentId, Text.TextSpan span) => Doc(documentId) is { } d ? EvidenceSentence.Of(d.Text, span) : "";

        var profileRelations = relations
            .Where(g => g.Latest.SourceActorId == actor.Id || g.Latest.TargetActorId == actor.Id)
            .Select(g =>
            {
                var r = g.Latest;
                bool outgoing = r.SourceActorId == actor.Id;
                string other = outgoing ? r.TargetActorId : r.SourceActorId;
                var s = r.Statement;
                return new ProfileRelation(s.Type, outgoing, other, g.OtherName ?? (outgoing ? s.Target : s.Source),
                    s.DocumentId, Evidence(s.DocumentId, s.Evidence), s.Since, s.Until, s.Note, g.Statements);
            })
            .ToList();

        var profileIncidents = new List<ProfileIncident>();
        foreach (var incident in incidents)
        {
            var report = incident.Reports.FirstOrDefault(r => r.Perpetrators.Concat(r.Targets).Any(n => names.Contains(NameKey(n))))
                ?? (incident.Actors.Any(n => names.Contains(NameKey(n))) ? incident.Reports.FirstOrDefault() : null);
            if (report is null) continue;
            profileIncidents.Add(new ProfileIncident(incident.Id, incident.EventType, incident.SubEventType, incident.Date, incident.Place?.Name,
                incident.Fatalities, report.DocumentId, report.Evidence.Count > 0 ? Evidence(report.DocumentId, report.Evidence[0]) : ""));
        }

        var figures = claimGroups
            .Where(g => names.Contains(NameKey(g.Subject)))
            .SelectMany(g => g.Claims.Select(c => new ProfileFigure(c.Measure, c.Value, c.Upper, c.Unit, c.Qualifier, c.RefersTo, g.Conflicting,
                c.DocumentId, Evidence(c.DocumentId, c.Evidence))))
            .ToList();

        var sources = new List<ProfileSource>();
        foreach (var documentMentions in sourceMentions)
        {
            var mentions = documentMentions.Where(m => names.Contains(NameKey(m.Name)) && Compatible(m.Kind, actor.Kind)).ToList();
            if (mentions.Count == 0) continue;
            string documentId = mentions[0].DocumentId;
            var source = Doc(documentId);
            var first = mentions.SelectMany(m => m.Spans).OrderBy(s => s.Start).First();
            sources.Add(new ProfileSource(documentId, source?.Title, source?.Published, mentions.Sum(m => m.Spans.Count),
                mentions.SelectMany(m => m.Forms).Distinct(StringComparer.Ordinal).ToList(), Evidence(documentId, first)));
        }
        return new ActorProfile(actor, documentCount, relationGroupCount, profileRelations, profileIncidents, figures, sources);
    }

    private static bool Compatible(ActorKind a, ActorKind b) =>
        a == b || (a is ActorKind.Organization or ActorKind.ArmedGroup) && (b is ActorKind.Organization or ActorKind.ArmedGroup);

    /// <summary>How a profile matches names: folded, without a leading "the".</summary>
    public static string NameKey(string name)
    {
        string folded = NameFold.Fold(name);
        return folded.StartsWith("the ", StringComparison.Ordinal) ? folded[4..] : folded;
    }
}
