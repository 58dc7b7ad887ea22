using Microsoft.Data.Sqlite;

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
    ];

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

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteNonQuery();
    }
}
