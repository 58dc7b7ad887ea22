using Pamir.Core.Actors;
using Pamir.Core.Claims;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Pipeline;
using Pamir.Storage.Queries;

namespace Pamir.Storage;

/// <summary>
/// Where documents, their findings and the fused knowledge base live. Each call is atomic: a saved
/// batch is written whole or not at all, so a process killed mid-ingest leaves a consistent base.
/// Implementations are safe to call from several threads.
/// </summary>
public interface IKnowledgeStore : IDisposable
{
    /// <summary>The content hash and pipeline version a document was stored with, or null when it is not stored.</summary>
    DocumentStamp? Stamp(string documentId);

    /// <summary>
    /// Saves each document with its findings, replacing any earlier version under the same id.
    /// Every document is all-or-nothing: one that cannot be written is reported and leaves nothing behind.
    /// </summary>
    /// <returns>One result per entry, in the order of the entries.</returns>
    IReadOnlyList<SaveResult> Save(IReadOnlyList<AnalyzedEntry> entries);

    /// <summary>Retracts a document and its findings; false when no such document is stored.</summary>
    bool Remove(string documentId);

    int DocumentCount { get; }

    StoredDocument? Document(string documentId);

    /// <summary>Every stored document in id order, streamed.</summary>
    IEnumerable<StoredDocument> Documents();

    /// <summary>Every document's findings in document id order, streamed.</summary>
    IEnumerable<DocumentFindings> AllFindings();

    /// <summary>
    /// What fusion keeps of every document at once: its incidents, actors and relations, without
    /// its claims, in document id order, streamed; but for the documents in <paramref name="except"/>,
    /// whose findings fusion was given otherwise (straight from this run's analysis).
    /// </summary>
    IEnumerable<DocumentFindings> FusionFindings(IReadOnlySet<string>? except = null);

    /// <summary>Every document's claims in document id order, then in the order the document states them, streamed.</summary>
    IEnumerable<Claim> AllClaims();

    /// <summary>
    /// Replaces the whole fused knowledge base in one step. Only the incidents, actors, relations
    /// and claim groups that differ from the stored ones are written, so a run that changes a few
    /// documents of a large base rewrites a few rows.
    /// </summary>
    KnowledgeWrites ReplaceKnowledge(FusedKnowledge knowledge, string fusedWith);

    /// <summary>
    /// Replaces the whole fused knowledge base with one still being fused: the parts fused already
    /// are written while the others are awaited, in the same one step. Should a part fail, nothing
    /// is written.
    /// </summary>
    KnowledgeWrites ReplaceKnowledge(FusingKnowledge knowledge, string fusedWith);

    /// <summary>
    /// The pipeline version the stored knowledge base was fused with; null before the first fusion
    /// and whenever documents changed since, so that the next run knows to fuse again.
    /// </summary>
    string? KnowledgeFusedWith { get; }

    FusedKnowledge Knowledge();

    /// <summary>
    /// Full-text search over titles and texts, best match first. A query matching very many
    /// documents ranks the most recently added of them only (see SqliteKnowledgeStore.RankedMatches).
    /// </summary>
    IReadOnlyList<SearchHit> Search(string query, int limit);

    IReadOnlyList<Incident> Incidents(IncidentFilter filter);

    Incident? Incident(string incidentId);

    /// <summary>Actors most mentioned first, without their document lists (see <see cref="ActorSummary"/>).</summary>
    IReadOnlyList<ActorSummary> Actors(ActorFilter filter);

    /// <summary>
    /// The actor known by this name, alias or id, ignoring case and accents; the most mentioned one
    /// when several are. Without its document list (see <see cref="ActorSummary"/>).
    /// </summary>
    ActorSummary? Actor(string nameOrAlias);

    /// <summary>Ids of the documents that mention the actor, the most recently published first (undated last), at most <paramref name="limit"/>.</summary>
    IReadOnlyList<string> ActorDocuments(string actorId, int limit);

    /// <summary>
    /// The actor's relations grouped by the other actor, type and direction, each group with its
    /// number of statements and its latest one (by the stating document's publication date; by
    /// document id among equals); the most stated groups first, <paramref name="take"/> of them
    /// after skipping <paramref name="skip"/>.
    /// </summary>
    RelationPage Relations(string actorId, int skip, int take);

    /// <summary>Incidents that name the actor by any of its names, the most recent first (undated last), at most <paramref name="limit"/>.</summary>
    IReadOnlyList<Incident> ActorIncidents(string actorId, int limit);

    /// <summary>
    /// Claim groups whose subject is one of the actor's names. Each group keeps its spread (Min, Max,
    /// Conflicting) over all its claims but carries only its <see cref="ActorProfileQuery.LatestFigures"/>
    /// most recently published claims (undated last): a country's border may be quoted in thousands of reports.
    /// </summary>
    IReadOnlyList<ClaimGroup> KeyFigures(string actorId);

    /// <summary>The actor mentions found in a stored document; none when it is not stored.</summary>
    IReadOnlyList<ActorMention> ActorMentions(string documentId);

    /// <summary>Claim groups whose measure contains the given words (all groups when null), ignoring case and accents.</summary>
    IReadOnlyList<ClaimGroup> ClaimGroups(string? measure);
}
