using Microsoft.Data.Sqlite;
using Pamir.Core.Actors;

namespace Pamir.Storage.Sqlite;

/// <summary>
/// The schema as ordered migration steps: a base at version N has run steps 1..N. A new version
/// appends a step and never edits an old one, so any older file can be brought up to date.
/// </summary>
internal static class SqliteSchema
{
    public static IReadOnlyList<string> Steps { get; } =
    [
        // 1: documents with their full-text index, per-document findings, the fused knowledge base.
        """
        CREATE TABLE documents (
            doc_key INTEGER PRIMARY KEY,
            id TEXT NOT NULL UNIQUE,
            source TEXT NOT NULL,
            url TEXT,
            title TEXT,
            text TEXT NOT NULL,
            published TEXT,
            published_source TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            pipeline_version TEXT NOT NULL,
            ingested_at TEXT NOT NULL);

        CREATE VIRTUAL TABLE documents_fts USING fts5(
            title, text, content='documents', content_rowid='doc_key', tokenize='unicode61 remove_diacritics 2');
        CREATE TRIGGER documents_fts_insert AFTER INSERT ON documents BEGIN
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.doc_key, new.title, new.text);
        END;
        CREATE TRIGGER documents_fts_delete AFTER DELETE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.doc_key, old.title, old.text);
        END;
        CREATE TRIGGER documents_fts_update AFTER UPDATE ON documents BEGIN
            INSERT INTO documents_fts(documents_fts, rowid, title, text) VALUES ('delete', old.doc_key, old.title, old.text);
            INSERT INTO documents_fts(rowid, title, text) VALUES (new.doc_key, new.title, new.text);
        END;

        CREATE TABLE findings (
            doc_key INTEGER PRIMARY KEY REFERENCES documents(doc_key) ON DELETE CASCADE,
            incident_count INTEGER NOT NULL,
            actor_count INTEGER NOT NULL,
            relation_count INTEGER NOT NULL,
            claim_count INTEGER NOT NULL,
            incidents TEXT NOT NULL,
            actors TEXT NOT NULL,
            relations TEXT NOT NULL,
            claims TEXT NOT NULL);

        CREATE TABLE incidents (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL,
            date_first TEXT,
            date_last TEXT,
            country TEXT,
            location TEXT,
            fatalities INTEGER,
            report_count INTEGER NOT NULL,
            payload TEXT NOT NULL);
        CREATE INDEX incidents_by_date ON incidents(date_first, seq);
        CREATE INDEX incidents_by_country ON incidents(country, date_first);
        CREATE INDEX incidents_by_type ON incidents(event_type, date_first);
        CREATE TABLE incident_actors (
            name_folded TEXT NOT NULL,
            incident_id TEXT NOT NULL,
            PRIMARY KEY (name_folded, incident_id)) WITHOUT ROWID;

        CREATE TABLE actors (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            country TEXT,
            mention_count INTEGER NOT NULL,
            payload TEXT NOT NULL);
        CREATE INDEX actors_by_kind ON actors(kind, country);
        CREATE INDEX actors_by_country ON actors(country);
        CREATE TABLE actor_names (
            name_folded TEXT NOT NULL,
            actor_id TEXT NOT NULL,
            is_canonical INTEGER NOT NULL,
            PRIMARY KEY (name_folded, actor_id)) WITHOUT ROWID;

        CREATE TABLE relations (
            seq INTEGER PRIMARY KEY,
            source_actor TEXT NOT NULL,
            target_actor TEXT NOT NULL,
            type TEXT NOT NULL,
            document_id TEXT NOT NULL,
            payload TEXT NOT NULL);
        CREATE INDEX relations_by_source ON relations(source_actor);
        CREATE INDEX relations_by_target ON relations(target_actor);

        CREATE TABLE claim_groups (
            id TEXT PRIMARY KEY,
            seq INTEGER NOT NULL,
            subject TEXT NOT NULL,
            measure TEXT NOT NULL,
            measure_folded TEXT NOT NULL,
            unit TEXT,
            conflicting INTEGER NOT NULL,
            payload TEXT NOT NULL);
        CREATE INDEX claim_groups_by_measure ON claim_groups(measure_folded);

        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """,
        // 2: new documents are indexed for search by the store after the batch's savepoints, not by a trigger.
        "DROP TRIGGER documents_fts_insert;",
        // 3: incident listings walk an index in their own order (undated last, then by date) and
        // test the other filters on the index entry, so a LIMIT stops early instead of sorting every
        // match; an actor's other names are found through their actor id.
        """
        DROP INDEX incidents_by_date;
        DROP INDEX incidents_by_country;
        DROP INDEX incidents_by_type;
        CREATE INDEX incidents_by_date ON incidents(date_first IS NULL, date_first, seq, date_last, country, event_type);
        CREATE INDEX incidents_by_country ON incidents(country, date_first IS NULL, date_first, seq, date_last, event_type);
        CREATE INDEX incidents_by_type ON incidents(event_type, date_first IS NULL, date_first, seq, date_last, country);
        CREATE INDEX actor_names_by_actor ON actor_names(actor_id);
        """,
        // 4: a refresh rewrites only the rows that changed, so no row carries a position in the
        // whole base (one new incident early in time shifted every later seq): incidents are
        // ordered by date then id, actors by mentions then id, claim groups by id, relations by
        // document and position within it, which is the order fusion gives them.
        """
        CREATE TABLE incidents_new (
            id TEXT PRIMARY KEY,
            event_type TEXT NOT NULL,
            sub_event_type TEXT NOT NULL,
            date_first TEXT,
            date_last TEXT,
            country TEXT,
            location TEXT,
            fatalities INTEGER,
            report_count INTEGER NOT NULL,
            payload TEXT NOT NULL);
        INSERT INTO incidents_new SELECT id, event_type, sub_event_type, date_first, date_last, country, location, fatalities, report_count, payload
            FROM incidents ORDER BY seq;
        DROP TABLE incidents;
        ALTER TABLE incidents_new RENAME TO incidents;
        CREATE INDEX incidents_by_date ON incidents(date_first IS NULL, date_first, id, date_last, country, event_type);
        CREATE INDEX incidents_by_country ON incidents(country, date_first IS NULL, date_first, id, date_last, event_type);
        CREATE INDEX incidents_by_type ON incidents(event_type, date_first IS NULL, date_first, id, date_last, country);
        CREATE INDEX incident_actors_by_incident ON incident_actors(incident_id);

        CREATE TABLE actors_new (
            id TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            country TEXT,
            mention_count INTEGER NOT NULL,
            payload TEXT NOT NULL);
        INSERT INTO actors_new SELECT id, name, kind, country, mention_count, payload FROM actors ORDER BY seq;
        DROP TABLE actors;
        ALTER TABLE actors_new RENAME TO actors;
        CREATE INDEX actors_by_kind ON actors(kind, country);
        CREATE INDEX actors_by_country ON actors(country);

        CREATE TABLE relations_new (
            document_id TEXT NOT NULL,
            ordinal INTEGER NOT NULL,
            source_actor TEXT NOT NULL,
            target_actor TEXT NOT NULL,
            type TEXT NOT NULL,
            payload TEXT NOT NULL,
            PRIMARY KEY (document_id, ordinal));
        INSERT INTO relations_new SELECT document_id, row_number() OVER (PARTITION BY document_id ORDER BY seq) - 1, source_actor, target_actor, type, payload
            FROM relations;
        DROP TABLE relations;
        ALTER TABLE relations_new RENAME TO relations;
        CREATE INDEX relations_by_source ON relations(source_actor);
        CREATE INDEX relations_by_target ON relations(target_actor);

        CREATE TABLE claim_groups_new (
            id TEXT PRIMARY KEY,
            subject TEXT NOT NULL,
            measure TEXT NOT NULL,
            measure_folded TEXT NOT NULL,
            unit TEXT,
            conflicting INTEGER NOT NULL,
            payload TEXT NOT NULL);
        INSERT INTO claim_groups_new SELECT id, subject, measure, measure_folded, unit, conflicting, payload FROM claim_groups;
        DROP TABLE claim_groups;
        ALTER TABLE claim_groups_new RENAME TO claim_groups;
        CREATE INDEX claim_groups_by_measure ON claim_groups(measure_folded);
        """,
        // 5: what an actor's profile reads stays small at any size of the base, however much the
        // actor is mentioned. Actors keep beside their payload a summary without the list of
        // documents (the most mentioned actors are in most documents), a count, and the list as
        // rows of their own; an actor's incidents are listed by walking its names' entries in date
        // order, which now carry that order; claim groups are found by their subject's key (filled
        // in by a backfill, the key being the folding of C#) and keep beside the payload a copy
        // with their three latest claims alone (ActorProfileQuery.LatestFigures); relations carry
        // their document's date and are grouped on the index alone; documents are indexed by date.
        """
        CREATE TABLE actor_documents (
            actor_id TEXT NOT NULL,
            document_id TEXT NOT NULL,
            PRIMARY KEY (actor_id, document_id)) WITHOUT ROWID;
        INSERT INTO actor_documents (actor_id, document_id)
            SELECT a.id, d.value FROM actors a, json_each(a.payload, '$.Documents') d;
        ALTER TABLE actors ADD COLUMN document_count INTEGER NOT NULL DEFAULT 0;
        ALTER TABLE actors ADD COLUMN summary TEXT NOT NULL DEFAULT '';
        UPDATE actors SET document_count = coalesce(json_array_length(payload, '$.Documents'), 0), summary = json_remove(payload, '$.Documents');

        CREATE TABLE incident_actors_dated (
            name_folded TEXT NOT NULL,
            dated INTEGER NOT NULL,
            date_first TEXT NOT NULL,
            incident_id TEXT NOT NULL,
            PRIMARY KEY (name_folded, dated, date_first, incident_id)) WITHOUT ROWID;
        INSERT INTO incident_actors_dated (name_folded, dated, date_first, incident_id)
            SELECT n.name_folded, i.date_first IS NOT NULL, coalesce(i.date_first, ''), i.id
            FROM incident_actors n JOIN incidents i ON i.id = n.incident_id;
        DROP TABLE incident_actors;
        ALTER TABLE incident_actors_dated RENAME TO incident_actors;
        CREATE INDEX incident_actors_by_incident ON incident_actors(incident_id);

        ALTER TABLE claim_groups ADD COLUMN subject_key TEXT;
        ALTER TABLE claim_groups ADD COLUMN latest TEXT NOT NULL DEFAULT '';
        UPDATE claim_groups SET latest = json_set(payload, '$.Claims', json((SELECT json_group_array(json(value)) FROM (
            SELECT c.value FROM json_each(claim_groups.payload, '$.Claims') c
            ORDER BY json_extract(c.value, '$.Published') IS NULL, json_extract(c.value, '$.Published') DESC, c.key
            LIMIT 3))));
        CREATE INDEX claim_groups_by_subject ON claim_groups(subject_key);

        ALTER TABLE relations ADD COLUMN published TEXT NOT NULL DEFAULT '';
        UPDATE relations SET published = coalesce((SELECT d.published FROM documents d WHERE d.id = relations.document_id), '');
        DROP INDEX relations_by_source;
        DROP INDEX relations_by_target;
        CREATE INDEX relations_by_source ON relations(source_actor, target_actor, type, published, document_id, ordinal);
        CREATE INDEX relations_by_target ON relations(target_actor, source_actor, type, published, document_id, ordinal);
        -- A refresh leaves a relation whose statement did not change alone, so its date follows its document's here.
        CREATE TRIGGER documents_published_to_relations AFTER UPDATE OF published ON documents BEGIN
            UPDATE relations SET published = coalesce(new.published, '') WHERE document_id = new.id;
        END;

        CREATE INDEX documents_by_published ON documents(published);
        """,
        // 6: a rewritten or removed incident's name entries are found from its stored payload, so
        // the entries are no longer indexed by incident as well.
        "DROP INDEX incident_actors_by_incident;",
        // 7: findings are stored in a compact binary form (FindingsCodec), under a third of their JSON:
        // the JSON table is set aside, re-encoded row by row into the new one (FindingsUpgrade), and dropped.
        """
        ALTER TABLE findings RENAME TO findings_json;
        CREATE TABLE findings (
            doc_key INTEGER PRIMARY KEY REFERENCES documents(doc_key) ON DELETE CASCADE,
            incident_count INTEGER NOT NULL,
            actor_count INTEGER NOT NULL,
            relation_count INTEGER NOT NULL,
            claim_count INTEGER NOT NULL,
            incidents BLOB NOT NULL,
            actors BLOB NOT NULL,
            relations BLOB NOT NULL,
            claims BLOB NOT NULL);
        """,
        // 8: incidents' payloads are stored in the compact form of the findings (IncidentCodec), under a
        // third of their JSON: each payload stored as JSON text is re-encoded in place (IncidentsUpgrade).
        // The column keeps its declared type; SQLite stores a blob as it is given whatever the column's affinity.
        "-- the payloads are re-encoded by the step's backfill",
    ];

    /// <summary>Work a step needs that SQL cannot do, run in the step's transaction after its SQL.</summary>
    private static readonly Dictionary<int, Action<SqliteConnection, SqliteTransaction>> Backfills = new()
    {
        [5] = FillClaimSubjectKeys,
        [7] = FindingsUpgrade.Run,
        [8] = IncidentsUpgrade.Run,
    };

    public static int Current => Steps.Count;

    /// <summary>Brings the base up to the current schema, each step in its own transaction.</summary>
    public static void Migrate(SqliteConnection connection, string path)
    {
        Execute(connection, null, "CREATE TABLE IF NOT EXISTS schema_version (version INTEGER NOT NULL)");
        int version = Version(connection);
        if (version > Current)
            throw new InvalidDataException($"{path}: the knowledge base has schema version {version}, newer than this Pamir knows ({Current}); upgrade Pamir");
        for (int step = version + 1; step <= Current; step++)
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, transaction, Steps[step - 1]);
            if (Backfills.TryGetValue(step, out var backfill))
            {
                try
                {
                    backfill(connection, transaction);
                }
                catch (InvalidDataException e)
                {
                    // The step's transaction is rolled back: the base stays as it was, readable by the Pamir that wrote it.
                    throw new InvalidDataException($"{path}: the knowledge base could not be brought to schema {step}, and is left as it was: {e.Message}", e);
                }
            }
            Execute(connection, transaction, "DELETE FROM schema_version");
            Execute(connection, transaction, $"INSERT INTO schema_version (version) VALUES ({step})");
            transaction.Commit();
        }
    }

    public static int Version(SqliteConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT max(version) FROM schema_version";
        return command.ExecuteScalar() is long v ? (int)v : 0;
    }

    private static void FillClaimSubjectKeys(SqliteConnection connection, SqliteTransaction transaction)
    {
        var subjects = new List<(string Id, string Subject)>();
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT id, subject FROM claim_groups";
            using var reader = select.ExecuteReader();
            while (reader.Read()) subjects.Add((reader.GetString(0), reader.GetString(1)));
        }
        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE claim_groups SET subject_key = $key WHERE id = $id";
        var key = update.Parameters.Add("$key", SqliteType.Text);
        var id = update.Parameters.Add("$id", SqliteType.Text);
        foreach (var (groupId, subject) in subjects)
        {
            key.Value = ActorProfiles.NameKey(subject);
            id.Value = groupId;
            update.ExecuteNonQuery();
        }
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
