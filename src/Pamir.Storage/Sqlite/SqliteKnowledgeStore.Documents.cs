using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pamir.Core.Claims;
using Pamir.Core.Documents;
using Pamir.Core.Pipeline;
using Pamir.Storage.Serialization;

namespace Pamir.Storage.Sqlite;

public sealed partial class SqliteKnowledgeStore
{
    private const string DocumentColumns =
        "id, source, url, title, text, published, published_source, content_hash, pipeline_version, ingested_at";

    /// <summary>
    /// Looks the stamp up on a read connection of its own, so that the ingest's reader, which asks
    /// before every document, never waits for the writer's batch transaction to commit. The lookup
    /// is prepared once on the connection's native handle: through a command and a data reader it
    /// cost 6 µs a document.
    /// </summary>
    public DocumentStamp? Stamp(string documentId)
    {
        lock (stampGate)
        {
            if (stampLookup is null)
            {
                stampConnection = OpenReader();
                stampLookup = new NativeStatement(stampConnection.Handle!, StampSql);
            }
            return StampOf(stampLookup, documentId);
        }
    }

    internal const string StampSql = "SELECT content_hash, pipeline_version FROM documents WHERE id = $id";

    public IReadOnlyList<SaveResult> Save(IReadOnlyList<AnalyzedEntry> entries)
    {
        var results = new List<SaveResult>(entries.Count);
        var unindexed = new SearchBacklog();
        lock (gate)
        {
            var save = saveStatements ??= new SaveStatements(connection.Handle!);
            // One transaction for the batch, one savepoint per document: a document that cannot be
            // written is rolled back alone and the others still commit together.
            InTransaction(() =>
            {
                foreach (var entry in entries)
                {
                    // A second version of a document added in this batch replaces an indexed one.
                    if (unindexed.Holds(entry.Document.Id)) IndexForSearch(save, unindexed);
                    save.Savepoint.Execute();
                    try
                    {
                        var (outcome, key) = SaveOne(save, entry);
                        save.Release.Execute();
                        results.Add(new SaveResult(entry.Document.Id, outcome));
                        if (outcome == SaveOutcome.Added) unindexed.Add(key, entry.Document);
                    }
                    catch (Exception e) when (e is SqliteException or ArgumentException)
                    {
                        save.Rollback.Execute();
                        save.Release.Execute();
                        results.Add(new SaveResult(entry.Document.Id, SaveOutcome.Failed, $"could not be stored: {e.Message}"));
                    }
                }
                IndexForSearch(save, unindexed);
                if (results.Any(r => r.Outcome is SaveOutcome.Added or SaveOutcome.Replaced)) MarkKnowledgeStale();
            });
        }
        return results;
    }

    /// <summary>
    /// Indexes new documents after the savepoints: FTS5 writes its pending terms out as a new index
    /// segment at every savepoint, so indexing each document inside its own savepoint cost one
    /// segment (and its merges) per document, twice the indexing time. Replaced and removed
    /// documents are re-indexed by the schema's triggers.
    /// </summary>
    private static void IndexForSearch(SaveStatements save, SearchBacklog backlog)
    {
        foreach (var (key, document) in backlog.Entries)
            save.Index.Bind("$key", key).Bind("$title", document.Title).Bind("$text", document.Text).Execute();
        backlog.Clear();
    }

    private (SaveOutcome Outcome, long Key) SaveOne(SaveStatements save, AnalyzedEntry entry)
    {
        var document = entry.Document;
        if (entry.Findings.DocumentId != document.Id)
            throw new ArgumentException($"findings of '{entry.Findings.DocumentId}' were given with document '{document.Id}'");
        var stamp = StampOf(save.Stamp, document.Id);
        if (stamp == new DocumentStamp(document.ContentHash, entry.PipelineVersion)) return (SaveOutcome.Unchanged, 0);

        var upsert = save.Upsert
            .Bind("$id", document.Id)
            .Bind("$source", document.Source)
            .Bind("$url", document.Url)
            .Bind("$title", document.Title)
            .Bind("$text", document.Text)
            .Bind("$published", document.Published is { } published ? FuzzyDateJsonConverter.Format(published) : null)
            .Bind("$published_source", DateSourceName(document.PublishedSource))
            .Bind("$content_hash", document.ContentHash)
            .Bind("$pipeline_version", entry.PipelineVersion)
            .Bind("$ingested_at", clock.GetUtcNow().ToString("O", CultureInfo.InvariantCulture));
        upsert.Read();
        long key = upsert.Int64(0);
        upsert.Reset();

        // Each payload is encoded into one buffer that its bind copies from.
        var findings = entry.Findings;
        var payloads = save.Payloads;
        save.Findings
            .Bind("$key", key)
            .Bind("$ni", findings.Incidents.Count)
            .Bind("$na", findings.Actors.Count)
            .Bind("$nr", findings.Relations.Count)
            .Bind("$nc", findings.Claims.Count)
            .BindBlob("$incidents", FindingsCodec.Encode(payloads, findings.Incidents))
            .BindBlob("$actors", FindingsCodec.Encode(payloads, findings.Actors))
            .BindBlob("$relations", FindingsCodec.Encode(payloads, findings.Relations))
            .BindBlob("$claims", FindingsCodec.Encode(payloads, findings.Claims))
            .Execute();
        return (stamp is null ? SaveOutcome.Added : SaveOutcome.Replaced, key);
    }

    private static DocumentStamp? StampOf(NativeStatement lookup, string documentId)
    {
        lookup.Bind("$id", documentId);
        var stamp = lookup.Read() ? new DocumentStamp(lookup.Text(0), lookup.Text(1)) : null;
        lookup.Reset();
        return stamp;
    }

    public bool Remove(string documentId)
    {
        lock (gate)
        {
            int removed = 0;
            InTransaction(() =>
            {
                removed = Command("DELETE FROM documents WHERE id = $id", ("$id", documentId)).ExecuteNonQuery();
                if (removed > 0) MarkKnowledgeStale();
            });
            return removed > 0;
        }
    }

    public int DocumentCount
    {
        get { lock (gate) return Convert.ToInt32(Command("SELECT count(*) FROM documents").ExecuteScalar(), CultureInfo.InvariantCulture); }
    }

    public StoredDocument? Document(string documentId)
    {
        lock (gate)
        {
            using var reader = Command($"SELECT {DocumentColumns} FROM documents WHERE id = $id", ("$id", documentId)).ExecuteReader();
            return reader.Read() ? ReadDocument(reader) : null;
        }
    }

    public IEnumerable<StoredDocument> Documents()
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {DocumentColumns} FROM documents ORDER BY id";
        using var reader = command.ExecuteReader();
        while (reader.Read()) yield return ReadDocument(reader);
    }

    public IEnumerable<DocumentFindings> AllFindings() => Findings(withClaims: true, except: null);

    public IEnumerable<DocumentFindings> FusionFindings(IReadOnlySet<string>? except = null) => Findings(withClaims: false, except);

    public IEnumerable<Claim> AllClaims()
    {
        using var connection = OpenReader();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT f.claims
            FROM findings f JOIN documents d ON d.doc_key = f.doc_key
            WHERE f.claim_count > 0
            ORDER BY d.id
            """;
        using var reader = command.ExecuteReader();
        var texts = new List<string>();
        while (reader.Read())
            foreach (var claim in FindingsCodec.Claims(reader.GetFieldValue<byte[]>(0), texts)) yield return claim;
    }

    /// <summary>
    /// Streams findings in document id order. Decoding the payloads is most of the cost, so rows
    /// are read on one thread and decoded on every core, handed on in order. A document whose
    /// findings cannot be read fails the stream with its own error, not one wrapped by the cores.
    /// </summary>
    private IEnumerable<DocumentFindings> Findings(bool withClaims, IReadOnlySet<string>? except)
    {
        using var decoded = FindingsRows(withClaims, except)
            .AsParallel().AsOrdered().WithDegreeOfParallelism(Environment.ProcessorCount)
            .Select(row => Decode(row.DocumentId, row.Incidents, row.Actors, row.Relations, row.Claims))
            .GetEnumerator();
        while (MoveNext(decoded)) yield return decoded.Current;

        static bool MoveNext(IEnumerator<DocumentFindings> items)
        {
            try
            {
                return items.MoveNext();
            }
            catch (AggregateException e) when (e.InnerExceptions.Count == 1)
            {
                ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
                throw;
            }
        }
    }

    private static DocumentFindings Decode(string documentId, byte[] incidents, byte[] actors, byte[] relations, byte[]? claims)
    {
        var texts = new List<string>();
        try
        {
            return new DocumentFindings(
                documentId,
                FindingsCodec.Incidents(incidents, texts),
                FindingsCodec.Actors(actors, texts),
                FindingsCodec.Relations(relations, texts),
                claims is null ? [] : FindingsCodec.Claims(claims, texts));
        }
        catch (InvalidDataException e)
        {
            throw new InvalidDataException($"the findings stored for document {documentId} cannot be read ({e.Message}); removing the document and ingesting it again stores them anew", e);
        }
    }

    private IEnumerable<(string DocumentId, byte[] Incidents, byte[] Actors, byte[] Relations, byte[]? Claims)> FindingsRows(bool withClaims, IReadOnlySet<string>? except)
    {
        using var connection = OpenReader();
        // The excepted ids are told apart while the id index is scanned, before a findings row is
        // looked up: after a run into a fresh base, every row is skipped without its payloads being read.
        if (except is not null) connection.CreateFunction("excepted", (string id) => except.Contains(id), isDeterministic: true);
        using var command = connection.CreateCommand();
        command.CommandText = $"""
            SELECT d.id, f.incidents, f.actors, f.relations{(withClaims ? ", f.claims" : "")}
            FROM findings f JOIN documents d ON d.doc_key = f.doc_key
            {(except is null ? "" : "WHERE NOT excepted(d.id)")}
            ORDER BY d.id
            """;
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            yield return (reader.GetString(0), reader.GetFieldValue<byte[]>(1), reader.GetFieldValue<byte[]>(2), reader.GetFieldValue<byte[]>(3),
                withClaims ? reader.GetFieldValue<byte[]>(4) : null);
        }
    }

    private static StoredDocument ReadDocument(SqliteDataReader reader) => new(
        new SourceDocument
        {
            Id = reader.GetString(0),
            Source = reader.GetString(1),
            Url = reader.IsDBNull(2) ? null : reader.GetString(2),
            Title = reader.IsDBNull(3) ? null : reader.GetString(3),
            Text = reader.GetString(4),
            Published = reader.IsDBNull(5) ? null : FuzzyDateJsonConverter.Parse(reader.GetString(5)),
            PublishedSource = ParseDateSource(reader.GetString(6)),
            ContentHash = reader.GetString(7),
        },
        reader.GetString(8),
        DateTimeOffset.Parse(reader.GetString(9), CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind));

    private static T Payload<T>(string json) =>
        JsonSerializer.Deserialize<T>(json, StorageJson.ReadOptions) ?? throw new InvalidDataException($"an empty {typeof(T).Name} payload is stored");

    private static string DateSourceName(DateSource source) => source.ToString().ToLowerInvariant();

    private static DateSource ParseDateSource(string name) => Enum.TryParse<DateSource>(name, ignoreCase: true, out var source) ? source : DateSource.Unknown;
}
