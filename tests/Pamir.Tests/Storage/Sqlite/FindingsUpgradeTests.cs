using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pamir.Core.Pipeline;
using Pamir.Storage;
using Pamir.Storage.Serialization;
using Pamir.Storage.Sqlite;

namespace Pamir.Tests.Storage.Sqlite;

/// <summary>
/// A base written before findings had their compact form (schema 6) stored them as JSON text;
/// opening it with this Pamir re-encodes them, and everything reads back as it did.
/// </summary>
public sealed class FindingsUpgradeTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_base_whose_findings_were_stored_as_json_reads_back_the_same_after_the_upgrade()
    {
        string path = folder.File("old.db");
        var khujand = Reports.Findings("khujand");
        var quiet = DocumentFindings.Empty("quiet");
        WriteSchemaFiveBase(path, khujand, quiet);

        using var store = SqliteKnowledgeStore.Open(path);

        Assert.Equal(SqliteKnowledgeStore.CurrentSchemaVersion, store.SchemaVersion);
        Assert.Equal([Json(khujand), Json(quiet)], store.AllFindings().Select(Json));
        Assert.Equal(Json(khujand.Claims), Json(store.AllClaims()));
        Assert.Equal(Json(khujand.Actors), Json(store.ActorMentions("khujand")));
        Assert.Equal(0L, RawBase.Scalar(path, "SELECT count(*) FROM sqlite_master WHERE name = 'findings_json'"));
    }

    [Fact]
    public void A_base_holding_findings_that_are_not_readable_json_is_refused_naming_the_base_and_the_document_and_left_as_it_was()
    {
        string path = folder.File("old.db");
        WriteSchemaFiveBase(path, Reports.Findings("khujand"), DocumentFindings.Empty("quiet"));
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            RawBase.Execute(connection, "UPDATE findings SET actors = '[{\"DocumentId\":' WHERE doc_key = (SELECT doc_key FROM documents WHERE id = 'quiet')");
        }

        var error = Assert.Throws<InvalidDataException>(() => SqliteKnowledgeStore.Open(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("document quiet", error.Message);
        Assert.Equal(6L, RawBase.Scalar(path, "SELECT max(version) FROM schema_version"));
        Assert.Equal(2L, RawBase.Scalar(path, "SELECT count(*) FROM findings WHERE typeof(actors) = 'text'"));
    }

    [Fact]
    public void An_upgraded_base_still_retracts_a_removed_reports_findings_and_takes_new_ones()
    {
        string path = folder.File("old.db");
        WriteSchemaFiveBase(path, Reports.Findings("khujand"), Reports.Findings("kulob"));

        using var store = SqliteKnowledgeStore.Open(path);
        Assert.True(store.Remove("khujand"));
        store.Save([Reports.Entry(Reports.Document("isfara", "Border guards clashed near Isfara."), Reports.Findings("isfara"))]);

        Assert.Equal(["isfara", "kulob"], store.AllFindings().Select(f => f.DocumentId));
        Assert.Equal(2L, RawBase.Scalar(path, "SELECT count(*) FROM findings"));
    }

    /// <summary>
    /// A base as schema 6 left it: written by this Pamir, then its findings table put back as step 1
    /// made it, holding each document's findings as the JSON that version wrote.
    /// </summary>
    private static void WriteSchemaFiveBase(string path, params DocumentFindings[] findings)
    {
        using (var store = SqliteKnowledgeStore.Open(path))
            store.Save([.. findings.Select(f => Reports.Entry(Reports.Document(f.DocumentId, $"The report {f.DocumentId}."), f))]);
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        RawBase.Execute(connection, """
            DROP TABLE findings;
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
            UPDATE schema_version SET version = 6;
            """);
        foreach (var document in findings)
        {
            using var insert = connection.CreateCommand();
            insert.CommandText = """
                INSERT INTO findings SELECT doc_key, $ni, $na, $nr, $nc, $incidents, $actors, $relations, $claims FROM documents WHERE id = $id
                """;
            insert.Parameters.AddWithValue("$id", document.DocumentId);
            insert.Parameters.AddWithValue("$ni", document.Incidents.Count);
            insert.Parameters.AddWithValue("$na", document.Actors.Count);
            insert.Parameters.AddWithValue("$nr", document.Relations.Count);
            insert.Parameters.AddWithValue("$nc", document.Claims.Count);
            insert.Parameters.AddWithValue("$incidents", JsonSerializer.Serialize(document.Incidents, StorageJson.Options));
            insert.Parameters.AddWithValue("$actors", JsonSerializer.Serialize(document.Actors, StorageJson.Options));
            insert.Parameters.AddWithValue("$relations", JsonSerializer.Serialize(document.Relations, StorageJson.Options));
            insert.Parameters.AddWithValue("$claims", JsonSerializer.Serialize(document.Claims, StorageJson.Options));
            Assert.Equal(1, insert.ExecuteNonQuery());
        }
    }

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
