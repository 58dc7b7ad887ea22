using System.Text;
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

    /// <summary>Fused records serialized ahead of the writes, at most this many at a time.</summary>
    private const int RecordsPerChunk = 512;

    /// <summary>The statements of the refresh under way, prepared on the connection's native handle.</summary>
    private Dictionary<string, NativeStatement>? native;

    /// <summary>
    /// The names of incidents' actors folded and encoded as UTF-8 in the refresh under way, each once:
    /// the incidents of a base name the same few thousand actors tens of thousands of times.
    /// </summary>
    private Dictionary<string, byte[]>? foldedNames;

    public KnowledgeWrites ReplaceKnowledge(FusedKnowledge knowledge, string fusedWith) => ReplaceKnowledge(FusingKnowledge.Of(knowledge), fusedWith);

    public KnowledgeWrites ReplaceKnowledge(FusingKnowledge knowledge, string fusedWith)
    {
        lock (gate)
        {
            KnowledgeWrites? writes = null;
            native = new Dictionary<string, NativeStatement>(StringComparer.Ordinal);
            foldedNames = new Dictionary<string, byte[]>(StringComparer.Ordinal);
            try
            {
                InTransaction(() =>
                {
                    var deferred = DeferIndexesOfEmptyTables();
                    // What is fused first is written first: the claim groups while the actors are
                    // resolved, and the incidents, fused last, are awaited last. A table's deferred
                    // indexes are built as soon as it is written, the others' while the rest is fused.
                    var claimGroups = Reconcile(Keyed(knowledge.ClaimGroups.GetAwaiter().GetResult(), g => g.Id),
                        "SELECT id, 0, payload FROM claim_groups WHERE id >= $from ORDER BY id", AsJson, WriteClaimGroup, DeleteClaimGroup);
                    BuildIndexes(deferred, "claim_groups");
                    var actors = Reconcile(Keyed(knowledge.Actors.GetAwaiter().GetResult(), a => a.Id),
                        "SELECT id, 0, payload FROM actors WHERE id >= $from ORDER BY id", AsJson, WriteActor, DeleteActor);
                    BuildIndexes(deferred, "actors", "actor_names");
                    var relations = Reconcile(RelationKeys(knowledge.Relations.GetAwaiter().GetResult()),
                        "SELECT document_id, ordinal, payload FROM relations WHERE (document_id, ordinal) >= ($from, $from_ordinal) ORDER BY document_id, ordinal",
                        AsJson, WriteRelation, DeleteRelation);
                    BuildIndexes(deferred, "relations");
                    // The incidents are built as they are written, a chunk ahead, so that they are never all held at once.
                    var fusedIncidents = knowledge.Incidents.GetAwaiter().GetResult();
                    var incidents = Reconcile(Array.ConvertAll([.. fusedIncidents.Ids], id => new RowKey(id, 0)), fusedIncidents.Build,
                        "SELECT id, 0, payload FROM incidents WHERE id >= $from ORDER BY id", AsBinary, WriteIncident, DeleteIncident);
                    BuildIndexes(deferred, "incidents");
                    writes = new KnowledgeWrites(incidents, actors, relations, claimGroups);
                    Command("INSERT OR REPLACE INTO meta (key, value) VALUES ($key, $value)", ("$key", FusedWithKey), ("$value", fusedWith)).ExecuteNonQuery();
                });
            }
            finally
            {
                foreach (var statement in native.Values) statement.Dispose();
                native = null;
                foldedNames = null;
            }
            return writes!;
        }
    }

    /// <summary>
    /// Drops the secondary indexes of the knowledge tables that hold no row yet, as in a new base,
    /// and returns the statements that create them again once the rows are written: built at once
    /// from its sorted entries, an index costs a fraction of one that takes them one by one in the
    /// order of the rows, and its pages are full. Indexes of a table that has rows are kept, so a
    /// refresh that changes a few rows of a large base does not rebuild them. Call inside a transaction.
    /// </summary>
    private List<(string Table, string Sql)> DeferIndexesOfEmptyTables()
    {
        var indexes = new List<(string Table, string Name, string Sql)>();
        using (var reader = Command("""
            SELECT tbl_name, name, sql FROM sqlite_master
            WHERE type = 'index' AND sql IS NOT NULL AND tbl_name IN ('incidents', 'actors', 'actor_names', 'relations', 'claim_groups')
            ORDER BY tbl_name, name
            """).ExecuteReader())
        {
            while (reader.Read()) indexes.Add((reader.GetString(0), reader.GetString(1), reader.GetString(2)));
        }
        var deferred = new List<(string, string)>();
        foreach (var (table, name, sql) in indexes)
        {
            // The names come from the schema itself, not from input.
            if (Command($"SELECT EXISTS (SELECT 1 FROM {table})").ExecuteScalar() is 1L) continue;
            Command($"DROP INDEX {name}").ExecuteNonQuery();
            deferred.Add((table, sql));
        }
        return deferred;
    }

    /// <summary>Creates again the deferred indexes of these tables, once their rows are written.</summary>
    private void BuildIndexes(List<(string Table, string Sql)> deferred, params string[] tables)
    {
        foreach (var (table, sql) in deferred)
            if (tables.Contains(table)) Command(sql).ExecuteNonQuery();
    }

    /// <summary>The prepared statement for this SQL in the refresh under way.</summary>
    private NativeStatement Native(string sql)
    {
        if (!native!.TryGetValue(sql, out var statement)) native[sql] = statement = new NativeStatement(connection.Handle!, sql);
        return statement;
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
                IncidentPayloads("SELECT payload FROM incidents ORDER BY date_first IS NULL, date_first, id"),
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

    /// <summary>Makes one table hold exactly the given records (<see cref="Reconcile{T}(IReadOnlyList{RowKey}, Func{int, int, T[]}, string, Func{Func{int, T}, int, int, byte[][]}, Action{RowKey, T, byte[], bool}, Action{RowKey})"/>), in any order.</summary>
    private RowWrites Reconcile<T>(List<(RowKey Key, T Value)> records, string storedSql,
        Func<Func<int, T>, int, int, byte[][]> encode, Action<RowKey, T, byte[], bool> write, Action<RowKey> delete)
    {
        records.Sort((x, y) => Compare(x.Key, y.Key));
        var keys = new RowKey[records.Count];
        for (int i = 0; i < keys.Length; i++) keys[i] = records[i].Key;
        return Reconcile(keys, (from, to) =>
        {
            var chunk = new T[to - from];
            for (int i = from; i < to; i++) chunk[i - from] = records[i].Value;
            return chunk;
        }, storedSql, encode, write, delete);
    }

    /// <summary>
    /// Makes one table hold exactly the records of these keys, touching only rows that differ: the
    /// keys and the stored rows are merged in key order, and a record whose payload (as <paramref name="encode"/>
    /// makes it) equals the stored one is left alone. Records are asked for in chunks, in key order:
    /// while one chunk is compared with the stored rows of its key range and written, the next is made
    /// and encoded on the other cores, so each record is made and encoded once and memory holds two
    /// chunks whatever the size of the table. The stored rows of a chunk are read whole before its
    /// first write. A writer is told whether it replaces a stored row. Call inside a transaction.
    /// </summary>
    /// <param name="keys">Every record's key, in key order (<see cref="Compare"/>), each once.</param>
    /// <param name="records">The records of keys <c>from</c> to <c>to</c> (exclusive); each range is asked for once.</param>
    private RowWrites Reconcile<T>(IReadOnlyList<RowKey> keys, Func<int, int, T[]> records, string storedSql,
        Func<Func<int, T>, int, int, byte[][]> encode, Action<RowKey, T, byte[], bool> write, Action<RowKey> delete)
    {
        for (int i = 1; i < keys.Count; i++)
            if (Compare(keys[i - 1], keys[i]) >= 0)
                throw new ArgumentException($"the keys of the records are not in order, each once: {keys[i - 1].Text} before {keys[i].Text}", nameof(keys));
        var stored = Native(storedSql);
        var changed = new List<(int Index, bool Stored)>();
        var gone = new List<RowKey>();
        int inserted = 0, rewritten = 0, deleted = 0;
        var encoding = MakeAhead(0);
        bool ordinal = storedSql.Contains("$from_ordinal", StringComparison.Ordinal);
        int start = 0;
        do
        {
            int end = Math.Min(start + RecordsPerChunk, keys.Count);
            var (chunk, payloads) = encoding.GetAwaiter().GetResult();
            if (end < keys.Count) encoding = MakeAhead(end);

            // The chunk's range runs from its first key (the first chunk's from the start of the
            // table) up to the next chunk's first key, so that every stored row falls in one range.
            var from = start == 0 ? new RowKey("", long.MinValue) : keys[start];
            stored.Bind("$from", from.Text);
            if (ordinal) stored.Bind("$from_ordinal", from.Number);
            int next = start;
            while (stored.Read())
            {
                var key = new RowKey(stored.Text(0), stored.Int64(1));
                if (end < keys.Count && Compare(key, keys[end]) >= 0) break;
                for (; next < end && Compare(keys[next], key) < 0; next++) changed.Add((next, false));
                if (next < end && Compare(keys[next], key) == 0)
                {
                    // Compared as stored (UTF-8 for JSON), so neither side is converted to compare.
                    if (!payloads[next - start].AsSpan().SequenceEqual(stored.Bytes(2))) changed.Add((next, true));
                    next++;
                }
                else gone.Add(key);
            }
            stored.Reset();
            for (; next < end; next++) changed.Add((next, false));

            foreach (var key in gone) delete(key);
            foreach (var (index, replacing) in changed)
            {
                if (replacing) rewritten++;
                else inserted++;
                write(keys[index], chunk[index - start], payloads[index - start], replacing);
            }
            deleted += gone.Count;
            gone.Clear();
            changed.Clear();
            start = end;
        }
        while (start < keys.Count);
        return new RowWrites(inserted, rewritten, deleted);

        Task<(T[] Chunk, byte[][] Payloads)> MakeAhead(int from) => Task.Run(() =>
        {
            var chunk = records(from, Math.Min(from + RecordsPerChunk, keys.Count));
            return (chunk, encode(i => chunk[i], 0, chunk.Length));
        });
    }

    /// <summary>Payloads as JSON, straight to UTF-8 (<see cref="Utf8PayloadWriter"/>).</summary>
    private static byte[][] AsJson<T>(Func<int, T> value, int from, int to) =>
        PayloadBatch.Encode(value, from, to, static () => new Utf8PayloadWriter(), static (writer, record) => writer.Serialize(record));

    /// <summary>Incidents' payloads in their compact form (<see cref="IncidentCodec"/>).</summary>
    private static byte[][] AsBinary(Func<int, Incident> value, int from, int to) =>
        PayloadBatch.Encode(value, from, to, static () => new BinaryPayloadWriter(), IncidentCodec.Encode);

    private static int Compare(RowKey x, RowKey y)
    {
        int text = BinaryTextOrder.Instance.Compare(x.Text, y.Text);
        return text != 0 ? text : x.Number.CompareTo(y.Number);
    }

    private static byte[] Serialize<T>(T value) => JsonSerializer.SerializeToUtf8Bytes(value, StorageJson.Options);

    private void WriteIncident(RowKey key, Incident incident, byte[] payload, bool replacing)
    {
        if (replacing) DeleteIncident(key);
        Native("""
            INSERT INTO incidents (id, event_type, sub_event_type, date_first, date_last, country, location, fatalities, report_count, payload)
            VALUES ($id, $type, $sub, $first, $last, $country, $location, $fatalities, $reports, $payload)
            """)
            .Bind("$id", incident.Id)
            .Bind("$type", incident.EventType.ToString())
            .Bind("$sub", incident.SubEventType)
            .Bind("$first", IsoDay.Of(incident.Date?.First))
            .Bind("$last", IsoDay.Of(incident.Date?.Last))
            .Bind("$country", incident.Place?.CountryCode)
            .Bind("$location", incident.Place?.Name)
            .Bind("$fatalities", incident.Fatalities)
            .Bind("$reports", incident.Reports.Count)
            .BindBlob("$payload", payload)
            .Execute();
        // The same folded name twice is ignored by the key.
        ForEachActorEntry(incident, Native("INSERT OR IGNORE INTO incident_actors (name_folded, dated, date_first, incident_id) VALUES ($name, $dated, $first, $id)"));
    }

    /// <summary>
    /// An incident's name entries are found from its stored payload, which names them all: an index
    /// of the entries by incident would be one more b-tree written for each of them on every run.
    /// </summary>
    private void DeleteIncident(RowKey key)
    {
        var stored = Native("SELECT payload FROM incidents WHERE id = $id").Bind("$id", key.Text);
        Incident? incident = stored.Read() ? IncidentCodec.Decode(stored.Bytes(0), []) : null;
        stored.Reset();
        if (incident is null) return;
        ForEachActorEntry(incident, Native("DELETE FROM incident_actors WHERE name_folded = $name AND dated = $dated AND date_first = $first AND incident_id = $id"));
        Native("DELETE FROM incidents WHERE id = $id").Bind("$id", key.Text).Execute();
    }

    /// <summary>
    /// Runs the statement once for each of the incident's entries in incident_actors, its key bound:
    /// each name's entry carries the incident's date, so that an actor's latest incidents are read off the key.
    /// </summary>
    private void ForEachActorEntry(Incident incident, NativeStatement statement)
    {
        statement.Bind("$dated", incident.Date is null ? 0 : 1).Bind("$first", IsoDay.Of(incident.Date?.First) ?? "").Bind("$id", incident.Id);
        for (int i = 0; i < incident.Actors.Count; i++) statement.BindText("$name", FoldedName(incident.Actors[i])).Execute();
    }

    /// <summary>The name folded (<see cref="NameFolding"/>) as UTF-8, from the refresh's cache.</summary>
    private byte[] FoldedName(string name)
    {
        if (!foldedNames!.TryGetValue(name, out var folded)) foldedNames[name] = folded = Encoding.UTF8.GetBytes(NameFolding.Fold(name));
        return folded;
    }

    private void WriteActor(RowKey key, Actor actor, byte[] payload, bool replacing)
    {
        if (replacing) DeleteActorAndNames(key);
        Native("""
            INSERT INTO actors (id, name, kind, country, mention_count, document_count, summary, payload)
            VALUES ($id, $name, $kind, $country, $mentions, $documents, $summary, $payload)
            """)
            .Bind("$id", actor.Id)
            .Bind("$name", actor.Name)
            .Bind("$kind", actor.Kind.ToString())
            .Bind("$country", actor.CountryCode)
            .Bind("$mentions", actor.MentionCount)
            .Bind("$documents", actor.Documents.Count)
            // Listings and profiles read the summary: the list of documents of a much-mentioned actor names most of the base.
            .BindUtf8("$summary", Serialize(actor with { Documents = [] }))
            .BindUtf8("$payload", payload)
            .Execute();
        WriteActorDocuments(actor, payload, replacing);
        var names = Native("INSERT OR IGNORE INTO actor_names (name_folded, actor_id, is_canonical) VALUES ($name, $id, $canonical)").Bind("$id", actor.Id);
        names.Bind("$name", NameFolding.Fold(actor.Name)).Bind("$canonical", 1).Execute();
        names.Bind("$canonical", 0);
        foreach (var alias in actor.Aliases) names.Bind("$name", NameFolding.Fold(alias)).Execute();
    }

    /// <summary>
    /// An actor's documents as rows; when the actor was stored, only the documents that joined or
    /// left it are written: a document more that names a much-mentioned state must not rewrite the
    /// tens of thousands of rows of its other documents. A new actor's documents are all new, and
    /// SQLite takes them from the payload's list in one statement rather than one a document.
    /// </summary>
    private void WriteActorDocuments(Actor actor, byte[] payload, bool replacing)
    {
        if (!replacing)
        {
            Native("INSERT OR IGNORE INTO actor_documents (actor_id, document_id) SELECT $id, value FROM json_each($payload, '$.Documents')")
                .Bind("$id", actor.Id).BindUtf8("$payload", payload).Execute();
            return;
        }
        var stored = new HashSet<string>(StringComparer.Ordinal);
        var select = Native("SELECT document_id FROM actor_documents WHERE actor_id = $id").Bind("$id", actor.Id);
        while (select.Read()) stored.Add(select.Text(0));
        select.Reset();
        var insert = Native("INSERT OR IGNORE INTO actor_documents (actor_id, document_id) VALUES ($id, $document)").Bind("$id", actor.Id);
        foreach (string document in actor.Documents)
            if (!stored.Remove(document)) insert.Bind("$document", document).Execute();
        var remove = Native("DELETE FROM actor_documents WHERE actor_id = $id AND document_id = $document").Bind("$id", actor.Id);
        foreach (string document in stored) remove.Bind("$document", document).Execute();
    }

    private void DeleteActor(RowKey key)
    {
        DeleteActorAndNames(key);
        Native("DELETE FROM actor_documents WHERE actor_id = $id").Bind("$id", key.Text).Execute();
    }

    /// <summary>An actor's row and names, but not its document rows, which a rewrite only changes where they differ.</summary>
    private void DeleteActorAndNames(RowKey key)
    {
        Native("DELETE FROM actors WHERE id = $id").Bind("$id", key.Text).Execute();
        Native("DELETE FROM actor_names WHERE actor_id = $id").Bind("$id", key.Text).Execute();
    }

    private void WriteRelation(RowKey key, ResolvedRelation relation, byte[] payload, bool replacing)
    {
        if (replacing) DeleteRelation(key);
        Native("""
            INSERT INTO relations (document_id, ordinal, source_actor, target_actor, type, published, payload)
            VALUES ($document, $ordinal, $source, $target, $type, coalesce((SELECT published FROM documents WHERE id = $document), ''), $payload)
            """)
            .Bind("$document", key.Text)
            .Bind("$ordinal", key.Number)
            .Bind("$source", relation.SourceActorId)
            .Bind("$target", relation.TargetActorId)
            .Bind("$type", relation.Statement.Type.ToString())
            .BindUtf8("$payload", payload)
            .Execute();
    }

    private void DeleteRelation(RowKey key) =>
        Native("DELETE FROM relations WHERE document_id = $document AND ordinal = $ordinal").Bind("$document", key.Text).Bind("$ordinal", key.Number).Execute();

    private void WriteClaimGroup(RowKey key, ClaimGroup group, byte[] payload, bool replacing)
    {
        if (replacing) DeleteClaimGroup(key);
        Native("""
            INSERT INTO claim_groups (id, subject, subject_key, measure, measure_folded, unit, conflicting, latest, payload)
            VALUES ($id, $subject, $subject_key, $measure, $folded, $unit, $conflicting, $latest, $payload)
            """)
            .Bind("$id", group.Id)
            .Bind("$subject", group.Subject)
            .Bind("$subject_key", ActorProfiles.NameKey(group.Subject))
            .Bind("$measure", group.Measure)
            .Bind("$folded", NameFolding.Fold(group.Measure))
            .Bind("$unit", group.Unit)
            .Bind("$conflicting", group.Conflicting ? 1 : 0)
            .BindUtf8("$latest", Serialize(group with { Claims = LatestClaims(group.Claims) }))
            .BindUtf8("$payload", payload)
            .Execute();
    }

    private void DeleteClaimGroup(RowKey key) =>
        Native("DELETE FROM claim_groups WHERE id = $id").Bind("$id", key.Text).Execute();

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

    /// <summary>Reads the incident payload in the first column of each row; call under the lock.</summary>
    private List<Incident> IncidentPayloads(string sql, params (string Name, object? Value)[] parameters)
    {
        var incidents = new List<Incident>();
        var texts = new List<string>();
        using var reader = Command(sql, parameters).ExecuteReader();
        while (reader.Read()) incidents.Add(IncidentCodec.Decode(reader.GetFieldValue<byte[]>(0), texts));
        return incidents;
    }

    /// <summary>Reads the payload column of each row; call under the lock.</summary>
    private List<T> Payloads<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        var items = new List<T>();
        using var reader = Command(sql, parameters).ExecuteReader();
        while (reader.Read()) items.Add(Payload<T>(reader.GetString(0)));
        return items;
    }
}
