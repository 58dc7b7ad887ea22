using System.Text;
using System.Text.Json;
using Pamir.Core.Actors;
using Pamir.Core.KnowledgeBase;
using Pamir.Storage.Queries;
using Pamir.Storage.Serialization;

namespace Pamir.Storage.Sqlite;

/// <summary>
/// What an actor's profile reads, each query bounded by what it returns rather than by how much the
/// actor is mentioned: the most mentioned actors appear in most documents and thousands of relations.
/// </summary>
public sealed partial class SqliteKnowledgeStore
{
    public IReadOnlyList<ActorSummary> Actors(ActorFilter filter)
    {
        var sql = new StringBuilder("SELECT summary, document_count FROM actors WHERE 1 = 1");
        var parameters = new List<(string, object?)>();
        if (filter.Kind is { } kind)
        {
            sql.Append(" AND kind = $kind");
            parameters.Add(("$kind", kind.ToString()));
        }
        if (filter.Country is { Length: > 0 } country)
        {
            sql.Append(" AND country = $country");
            parameters.Add(("$country", country.Trim().ToUpperInvariant()));
        }
        sql.Append(" ORDER BY mention_count DESC, id");
        if (filter.Limit is int limit)
        {
            sql.Append(" LIMIT $limit");
            parameters.Add(("$limit", limit));
        }
        lock (gate) return Summaries(sql.ToString(), [.. parameters]);
    }

    public ActorSummary? Actor(string nameOrAlias)
    {
        lock (gate)
        {
            return Summaries("""
                SELECT a.summary, a.document_count FROM actors a
                WHERE a.id = $id OR a.id IN (SELECT actor_id FROM actor_names WHERE name_folded = $name)
                ORDER BY a.id = $id DESC,
                         EXISTS (SELECT 1 FROM actor_names n WHERE n.actor_id = a.id AND n.name_folded = $name AND n.is_canonical) DESC,
                         a.mention_count DESC, a.id
                LIMIT 1
                """, ("$id", nameOrAlias), ("$name", NameFolding.Fold(nameOrAlias))).FirstOrDefault();
        }
    }

    public IReadOnlyList<string> ActorDocuments(string actorId, int limit)
    {
        if (limit <= 0) return [];
        lock (gate)
        {
            long mentioning = Command("SELECT document_count FROM actors WHERE id = $id", ("$id", actorId)).ExecuteScalar() is long n ? n : 0;
            if (mentioning == 0) return [];
            long stored = Command("SELECT coalesce(max(doc_key), 0) FROM documents").ExecuteScalar() is long k ? k : 0;
            // An actor in a good share of the base is met early walking all documents newest first
            // (about limit × stored / mentioning steps); a rarer one is cheaper to read whole and sort.
            if (mentioning * mentioning > (long)limit * stored)
            {
                var newest = Strings("""
                    SELECT d.id FROM documents d INDEXED BY documents_by_published
                    WHERE d.published IS NOT NULL
                      AND EXISTS (SELECT 1 FROM actor_documents a WHERE a.actor_id = $id AND a.document_id = d.id)
                    ORDER BY d.published DESC, d.doc_key DESC
                    LIMIT $limit
                    """, ("$id", actorId), ("$limit", limit));
                if (newest.Count == limit) return newest;
            }
            return Strings("""
                SELECT d.id FROM actor_documents a JOIN documents d ON d.id = a.document_id
                WHERE a.actor_id = $id
                ORDER BY d.published IS NULL, d.published DESC, d.doc_key DESC
                LIMIT $limit
                """, ("$id", actorId), ("$limit", limit));
        }
    }

    public RelationPage Relations(string actorId, int skip, int take)
    {
        lock (gate)
        {
            var groups = new List<RelationGroup>();
            int total = 0;
            // Each group is counted on the index alone, its latest statement being the one with the
            // greatest date (SQLite takes a bare column from the row holding max(), the first such
            // row in index order, i.e. by document id, among equals); payloads are read for the page alone.
            using (var reader = Command("""
                WITH groups AS (
                    SELECT target_actor AS other, type, 1 AS outgoing, count(*) AS statements, max(published), rowid AS latest
                    FROM relations WHERE source_actor = $id GROUP BY target_actor, type
                    UNION ALL
                    SELECT source_actor, type, 0, count(*), max(published), rowid
                    FROM relations WHERE target_actor = $id GROUP BY source_actor, type),
                page AS (
                    SELECT other, type, outgoing, statements, latest, count(*) OVER () AS total FROM groups
                    ORDER BY statements DESC, other, type, outgoing
                    LIMIT $take OFFSET $skip)
                SELECT p.statements, p.total, r.payload, a.name
                FROM page p JOIN relations r ON r.rowid = p.latest LEFT JOIN actors a ON a.id = p.other
                ORDER BY p.statements DESC, p.other, p.type, p.outgoing
                """, ("$id", actorId), ("$skip", Math.Max(0, skip)), ("$take", Math.Max(0, take))).ExecuteReader())
            {
                while (reader.Read())
                {
                    total = reader.GetInt32(1);
                    groups.Add(new RelationGroup(Payload<ResolvedRelation>(reader.GetString(2)), reader.GetInt32(0), reader.IsDBNull(3) ? null : reader.GetString(3)));
                }
            }
            // A page past the end has no row to carry the total.
            if (groups.Count == 0 && skip > 0) total = Relations(actorId, 0, 1).TotalGroups;
            return new RelationPage(groups, total);
        }
    }

    public IReadOnlyList<Incident> ActorIncidents(string actorId, int limit)
    {
        if (limit <= 0) return [];
        lock (gate)
        {
            // Each name's entries are walked newest first and stop at the limit; the few names'
            // lists are then merged, so an actor in thousands of incidents reads only a page of them.
            var entries = new List<(bool Dated, string First, string Id)>();
            foreach (string name in Strings("SELECT name_folded FROM actor_names WHERE actor_id = $id", ("$id", actorId)))
            {
                foreach (int dated in (int[])[1, 0])
                {
                    using var reader = Command("""
                        SELECT date_first, incident_id FROM incident_actors
                        WHERE name_folded = $name AND dated = $dated
                        ORDER BY date_first DESC, incident_id DESC
                        LIMIT $limit
                        """, ("$name", name), ("$dated", dated), ("$limit", limit)).ExecuteReader();
                    while (reader.Read()) entries.Add((dated == 1, reader.GetString(0), reader.GetString(1)));
                }
            }
            var ids = entries
                .OrderByDescending(e => e.Dated)
                .ThenByDescending(e => e.First, StringComparer.Ordinal)
                .ThenByDescending(e => e.Id, BinaryTextOrder.Instance)
                .Select(e => e.Id)
                .Distinct(StringComparer.Ordinal)
                .Take(limit)
                .ToList();
            var incidents = new List<Incident>(ids.Count);
            var texts = new List<string>();
            foreach (string id in ids)
                incidents.Add(IncidentCodec.Decode((byte[])Command("SELECT payload FROM incidents WHERE id = $id", ("$id", id)).ExecuteScalar()!, texts));
            return incidents;
        }
    }

    public IReadOnlyList<ClaimGroup> KeyFigures(string actorId)
    {
        lock (gate)
        {
            var actor = Summaries("SELECT summary, document_count FROM actors WHERE id = $id", ("$id", actorId)).FirstOrDefault()?.Actor;
            if (actor is null) return [];
            var keys = actor.Aliases.Append(actor.Name).Append(actor.Id).Select(ActorProfiles.NameKey).Distinct(StringComparer.Ordinal).ToList();
            return Payloads<ClaimGroup>("""
                SELECT latest FROM claim_groups WHERE subject_key IN (SELECT value FROM json_each($keys)) ORDER BY id
                """, ("$keys", JsonSerializer.Serialize(keys)));
        }
    }

    public IReadOnlyList<ActorMention> ActorMentions(string documentId)
    {
        lock (gate)
        {
            // Only the actors column: a profile's sources need nothing else of a document's findings.
            return Command("SELECT f.actors FROM findings f JOIN documents d ON d.doc_key = f.doc_key WHERE d.id = $id", ("$id", documentId)).ExecuteScalar() is byte[] actors
                ? FindingsCodec.Actors(actors, [])
                : [];
        }
    }

    /// <summary>Reads (payload, document count) rows; call under the lock.</summary>
    private List<ActorSummary> Summaries(string sql, params (string Name, object? Value)[] parameters)
    {
        var summaries = new List<ActorSummary>();
        using var reader = Command(sql, parameters).ExecuteReader();
        while (reader.Read()) summaries.Add(new ActorSummary(Payload<Actor>(reader.GetString(0)), reader.GetInt32(1)));
        return summaries;
    }

    /// <summary>Reads the first column of each row as text; call under the lock.</summary>
    private List<string> Strings(string sql, params (string Name, object? Value)[] parameters)
    {
        var values = new List<string>();
        using var reader = Command(sql, parameters).ExecuteReader();
        while (reader.Read()) values.Add(reader.GetString(0));
        return values;
    }
}
