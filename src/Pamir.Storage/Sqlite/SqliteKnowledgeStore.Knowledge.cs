using System.Text.Json;
using Pamir.Core.Actors;
using Pamir.Core.Claims;
using Pamir.Core.KnowledgeBase;
using Pamir.Storage.Queries;
using Pamir.Storage.Serialization;

namespace Pamir.Storage.Sqlite;

public sealed partial class SqliteKnowledgeStore
{
    private const string FusedWithKey = "knowledge_fused_with";

    public KnowledgeWrites ReplaceKnowledge(FusedKnowledge knowledge, string fusedWith)
    {
        lock (gate)
        {
            KnowledgeWrites? writes = null;
            InTransaction(() =>
            {
                writes = new KnowledgeWrites(
                    Reconcile(Keyed(knowledge.Incidents, i => i.Id), "SELECT id, 0, payload FROM incidents ORDER BY id", WriteIncident, DeleteIncident),
                    Reconcile(Keyed(knowledge.Actors, a => a.Id), "SELECT id, 0, payload FROM actors ORDER BY id", WriteActor, DeleteActor),
                    Reconcile(RelationKeys(knowledge.Relations), "SELECT document_id, ordinal, payload FROM relations ORDER BY document_id, ordinal", WriteRelation, DeleteRelation),
                    Reconcile(Keyed(knowledge.ClaimGroups, g => g.Id), "SELECT id, 0, payload FROM claim_groups ORDER BY id", WriteClaimGroup, DeleteClaimGroup));
                Command("INSERT OR REPLACE INTO meta (key, value) VALUES ($key, $value)", ("$key", FusedWithKey), ("$value", fusedWith)).ExecuteNonQuery();
            });
            return writes!;
        }
    }

    public string? KnowledgeFusedWith
    {
        get { lock (gate) return Command("SELECT value FROM meta WHERE key = $key", ("$key", FusedWithKey)).ExecuteScalar() as string; }
    }

    /// <summary>
    /// Forgets which pipeline the knowledge base was fused with, in the same transaction as the
    /// change to the documents: a run killed before it re-fused leaves the base marked as stale.
    /// </summary>
    private void MarkKnowledgeStale() => Command("DELETE FROM meta WHERE key = $key", ("$key", FusedWithKey)).ExecuteNonQuery();

    public FusedKnowledge Knowledge()
    {
        lock (gate)
        {
            return new FusedKnowledge(
                Payloads<Incident>("SELECT payload FROM incidents ORDER BY date_first IS NULL, date_first, id"),
                Payloads<Actor>("SELECT payload FROM actors ORDER BY mention_count DESC, id"),
                Payloads<ResolvedRelation>("SELECT payload FROM relations ORDER BY document_id, ordinal"),
                Payloads<ClaimGroup>("SELECT payload FROM claim_groups ORDER BY id"));
        }
    }

    /// <summary>A fused record's row key: its id, or for a relation its document and position among that document's relations.</summary>
    private readonly record struct RowKey(string Text, long Number);

    private static List<(RowKey Key, T Value)> Keyed<T>(IReadOnlyList<T> records, Func<T, string> id)
    {
        var keyed = new List<(RowKey, T)>(records.Count);
        foreach (var record in records) keyed.Add((new RowKey(id(record), 0), record));
        return keyed;
    }

    /// <summary>Each relation keyed by its document and its position among that document's relations, in the order given.</summary>
    private static List<(RowKey Key, ResolvedRelation Value)> RelationKeys(IReadOnlyList<ResolvedRelation> relations)
    {
        var keyed = new List<(RowKey, ResolvedRelation)>(relations.Count);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var relation in relations)
        {
            string document = relation.Statement.DocumentId;
            counts.TryGetValue(document, out int ordinal);
            counts[document] = ordinal + 1;
            keyed.Add((new RowKey(document, ordinal), relation));
        }
        return keyed;
    }

    /// <summary>
    /// Makes one table hold exactly the given records, touching only rows that differ: the records
    /// and the stored rows are merged in key order, and a record whose serialized payload equals
    /// the stored one is left alone. Only the positions of the differences are gathered (payloads
    /// are serialized again when written), so the table is read whole before the first write and
    /// memory does not grow with it. A writer is told whether it replaces a stored row. Call inside a transaction.
    /// </summary>
    private RowWrites Reconcile<T>(List<(RowKey Key, T Value)> records, string storedSql,
        Action<RowKey, T, string, bool> write, Action<RowKey> delete)
    {
        records.Sort((x, y) => Compare(x.Key, y.Key));
        var changed = new List<(int Index, bool Stored)>();
        var gone = new List<RowKey>();
        int next = 0;
        using (var reader = Command(storedSql).ExecuteReader())
        {
            while (reader.Read())
            {
                var stored = new RowKey(reader.GetString(0), reader.GetInt64(1));
                for (; next < records.Count && Compare(records[next].Key, stored) < 0; next++) changed.Add((next, false));
                if (next < records.Count && Compare(records[next].Key, stored) == 0)
                {
                    // Compared as UTF-8, as stored, so neither side is converted to compare.
                    if (!JsonSerializer.SerializeToUtf8Bytes(records[next].Value, StorageJson.Options).AsSpan().SequenceEqual(reader.GetFieldValue<byte[]>(2)))
                        changed.Add((next, true));
                    next++;
                }
                else gone.Add(stored);
            }
        }
        for (; next < records.Count; next++) changed.Add((next, false));

        int rewritten = 0;
        foreach (var key in gone) delete(key);
        foreach (var (index, stored) in changed)
        {
            var (key, value) = records[index];
            if (stored) rewritten++;
            write(key, value, Serialize(value), stored);
        }
        return new RowWrites(changed.Count - rewritten, rewritten, gone.Count);
    }

    private static int Compare(RowKey x, RowKey y)
    {
        int text = BinaryTextOrder.Instance.Compare(x.Text, y.Text);
        return text != 0 ? text : x.Number.CompareTo(y.Number);
    }

    private static string Serialize<T>(T value) => JsonSerializer.Serialize(value, StorageJson.Options);

    private void WriteIncident(RowKey key, Incident incident, string payload, bool replacing)
    {
        if (replacing) DeleteIncident(key);
        Command("""
            INSERT INTO incidents (id, event_type, sub_event_type, date_first, date_last, country, location, fatalities, report_count, payload)
            VALUES ($id, $type, $sub, $first, $last, $country, $location, $fatalities, $reports, $payload)
            """,
            ("$id", incident.Id),
            ("$type", incident.EventType.ToString()),
            ("$sub", incident.SubEventType),
            ("$first", IsoDay(incident.Date?.First)),
            ("$last", IsoDay(incident.Date?.Last)),
            ("$country", incident.Place?.CountryCode),
            ("$location", incident.Place?.Name),
            ("$fatalities", incident.Fatalities),
            ("$reports", incident.Reports.Count),
            ("$payload", payload)).ExecuteNonQuery();
        // Each name's entry carries the incident's date, so that an actor's latest incidents are read off the index.
        foreach (var name in incident.Actors.Select(NameFolding.Fold).Distinct())
            Command("""
                INSERT OR IGNORE INTO incident_actors (name_folded, dated, date_first, incident_id) VALUES ($name, $dated, $first, $id)
                """,
                ("$name", name), ("$dated", incident.Date is null ? 0 : 1), ("$first", IsoDay(incident.Date?.First) ?? ""), ("$id", incident.Id)).ExecuteNonQuery();
    }

    private void DeleteIncident(RowKey key)
    {
        Command("DELETE FROM incidents WHERE id = $id", ("$id", key.Text)).ExecuteNonQuery();
        Command("DELETE FROM incident_actors WHERE incident_id = $id", ("$id", key.Text)).ExecuteNonQuery();
    }

    private void WriteActor(RowKey key, Actor actor, string payload, bool replacing)
    {
        if (replacing) DeleteActorAndNames(key);
        Command("""
            INSERT INTO actors (id, name, kind, country, mention_count, document_count, summary, payload)
            VALUES ($id, $name, $kind, $country, $mentions, $documents, $summary, $payload)
            """,
            ("$id", actor.Id),
            ("$name", actor.Name),
            ("$kind", actor.Kind.ToString()),
            ("$country", actor.CountryCode),
            ("$mentions", actor.MentionCount),
            ("$documents", actor.Documents.Count),
            // Listings and profiles read the summary: the list of documents of a much-mentioned actor names most of the base.
            ("$summary", Serialize(actor with { Documents = [] })),
            ("$payload", payload)).ExecuteNonQuery();
        WriteActorDocuments(actor, replacing);
        Command("INSERT OR IGNORE INTO actor_names (name_folded, actor_id, is_canonical) VALUES ($name, $id, 1)",
            ("$name", NameFolding.Fold(actor.Name)), ("$id", actor.Id)).ExecuteNonQuery();
        foreach (var alias in actor.Aliases)
            Command("INSERT OR IGNORE INTO actor_names (name_folded, actor_id, is_canonical) VALUES ($name, $id, 0)",
                ("$name", NameFolding.Fold(alias)), ("$id", actor.Id)).ExecuteNonQuery();
    }

    /// <summary>
    /// An actor's documents as rows; when the actor was stored, only the documents that joined or
    /// left it are written: a document more that names a much-mentioned state must not rewrite the
    /// tens of thousands of rows of its other documents.
    /// </summary>
    private void WriteActorDocuments(Actor actor, bool replacing)
    {
        var stored = new HashSet<string>(StringComparer.Ordinal);
        if (replacing)
        {
            using var reader = Command("SELECT document_id FROM actor_documents WHERE actor_id = $id", ("$id", actor.Id)).ExecuteReader();
            while (reader.Read()) stored.Add(reader.GetString(0));
        }
        foreach (string document in actor.Documents)
            if (!stored.Remove(document))
                Command("INSERT OR IGNORE INTO actor_documents (actor_id, document_id) VALUES ($id, $document)", ("$id", actor.Id), ("$document", document)).ExecuteNonQuery();
        foreach (string document in stored)
            Command("DELETE FROM actor_documents WHERE actor_id = $id AND document_id = $document", ("$id", actor.Id), ("$document", document)).ExecuteNonQuery();
    }

    private void DeleteActor(RowKey key)
    {
        DeleteActorAndNames(key);
        Command("DELETE FROM actor_documents WHERE actor_id = $id", ("$id", key.Text)).ExecuteNonQuery();
    }

    /// <summary>An actor's row and names, but not its document rows, which a rewrite only changes where they differ.</summary>
    private void DeleteActorAndNames(RowKey key)
    {
        Command("DELETE FROM actors WHERE id = $id", ("$id", key.Text)).ExecuteNonQuery();
        Command("DELETE FROM actor_names WHERE actor_id = $id", ("$id", key.Text)).ExecuteNonQuery();
    }

    private void WriteRelation(RowKey key, ResolvedRelation relation, string payload, bool replacing)
    {
        if (replacing) DeleteRelation(key);
        Command("""
            INSERT INTO relations (document_id, ordinal, source_actor, target_actor, type, published, payload)
            VALUES ($document, $ordinal, $source, $target, $type, coalesce((SELECT published FROM documents WHERE id = $document), ''), $payload)
            """,
            ("$document", key.Text),
            ("$ordinal", key.Number),
            ("$source", relation.SourceActorId),
            ("$target", relation.TargetActorId),
            ("$type", relation.Statement.Type.ToString()),
            ("$payload", payload)).ExecuteNonQuery();
    }

    private void DeleteRelation(RowKey key) =>
        Command("DELETE FROM relations WHERE document_id = $document AND ordinal = $ordinal", ("$document", key.Text), ("$ordinal", key.Number)).ExecuteNonQuery();

    private void WriteClaimGroup(RowKey key, ClaimGroup group, string payload, bool replacing)
    {
        if (replacing) DeleteClaimGroup(key);
        Command("""
            INSERT INTO claim_groups (id, subject, subject_key, measure, measure_folded, unit, conflicting, latest, payload)
            VALUES ($id, $subject, $subject_key, $measure, $folded, $unit, $conflicting, $latest, $payload)
            """,
            ("$id", group.Id),
            ("$subject", group.Subject),
            ("$subject_key", ActorProfiles.NameKey(group.Subject)),
            ("$measure", group.Measure),
            ("$folded", NameFolding.Fold(group.Measure)),
            ("$unit", group.Unit),
            ("$conflicting", group.Conflicting ? 1 : 0),
            ("$latest", Serialize(group with { Claims = LatestClaims(group.Claims) })),
            ("$payload", payload)).ExecuteNonQuery();
    }

    private void DeleteClaimGroup(RowKey key) =>
        Command("DELETE FROM claim_groups WHERE id = $id", ("$id", key.Text)).ExecuteNonQuery();

    /// <summary>
    /// The claims a profile quotes, most recently published first (undated last, then in the
    /// group's order), kept in a copy of the group beside the payload so that a figure quoted
    /// thousands of times is read in a few.
    /// </summary>
    private static List<Claim> LatestClaims(IReadOnlyList<Claim> claims) =>
        claims
            .Select((claim, position) => (Claim: claim, Position: position, Published: claim.Published is { } p ? FuzzyDateJsonConverter.Format(p) : null))
            .OrderBy(c => c.Published is null)
            .ThenByDescending(c => c.Published, StringComparer.Ordinal)
            .ThenBy(c => c.Position)
            .Take(ActorProfileQuery.LatestFigures)
            .Select(c => c.Claim)
            .ToList();

    private static string? IsoDay(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads the payload column of each row; call under the lock.</summary>
    private List<T> Payloads<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        var items = new List<T>();
        using var reader = Command(sql, parameters).ExecuteReader();
        while (reader.Read()) items.Add(Payload<T>(reader.GetString(0)));
        return items;
    }
}
