using Pamir.Core.Actors;
using Pamir.Core.Claims;
using Pamir.Core.Incidents;
using Pamir.Core.Relations;

namespace Pamir.Core.Pipeline;

/// <summary>Everything one document says: its incident reports, actors, relation statements and claims.</summary>
public sealed record DocumentFindings(
    string DocumentId,
    IReadOnlyList<IncidentReport> Incidents,
    IReadOnlyList<ActorMention> Actors,
    IReadOnlyList<RelationStatement> Relations,
    IReadOnlyList<Claim> Claims)
{
    public static DocumentFindings Empty(string documentId) => new(documentId, [], [], [], []);
}
