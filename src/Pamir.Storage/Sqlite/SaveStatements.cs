using Pamir.Storage.Serialization;
using SQLitePCL;

namespace Pamir.Storage.Sqlite;

/// <summary>
/// What saving documents runs for each one, prepared once on the connection's native handle and
/// kept while the store is open: through <see cref="Microsoft.Data.Sqlite.SqliteCommand"/> every
/// value was boxed into a parameter object, every text and payload converted to UTF-8 in an array
/// of its own, and every statement looked up again by its SQL.
/// </summary>
internal sealed class SaveStatements(sqlite3 database) : IDisposable
{
    public NativeStatement Stamp { get; } = new(database, SqliteKnowledgeStore.StampSql);

    public NativeStatement Upsert { get; } = new(database, """
        INSERT INTO documents (id, source, url, title, text, published, published_source, content_hash, pipeline_version, ingested_at)
        VALUES ($id, $source, $url, $title, $text, $published, $published_source, $content_hash, $pipeline_version, $ingested_at)
        ON CONFLICT (id) DO UPDATE SET
            source = excluded.source, url = excluded.url, title = excluded.title, text = excluded.text,
            published = excluded.published, published_source = excluded.published_source,
            content_hash = excluded.content_hash, pipeline_version = excluded.pipeline_version,
            ingested_at = excluded.ingested_at
        RETURNING doc_key
        """);

    public NativeStatement Findings { get; } = new(database, """
        INSERT OR REPLACE INTO findings (doc_key, incident_count, actor_count, relation_count, claim_count, incidents, actors, relations, claims)
        VALUES ($key, $ni, $na, $nr, $nc, $incidents, $actors, $relations, $claims)
        """);

    public NativeStatement Index { get; } = new(database, "INSERT INTO documents_fts (rowid, title, text) VALUES ($key, $title, $text)");

    public NativeStatement Savepoint { get; } = new(database, "SAVEPOINT document");

    public NativeStatement Release { get; } = new(database, "RELEASE document");

    public NativeStatement Rollback { get; } = new(database, "ROLLBACK TO document");

    /// <summary>Findings payloads, encoded one at a time into one buffer.</summary>
    public BinaryPayloadWriter Payloads { get; } = new();

    public void Dispose()
    {
        foreach (var statement in new[] { Stamp, Upsert, Findings, Index, Savepoint, Release, Rollback }) statement.Dispose();
    }
}
