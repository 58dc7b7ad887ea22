using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Time;
using Pamir.Storage;
using Pamir.Storage.Queries;
using Pamir.Storage.Serialization;
using Pamir.Storage.Sqlite;

namespace Pamir.Tests.Storage.Sqlite;

/// <summary>
/// A base written before incidents had their compact form (schema 7) stored them as JSON text;
/// opening it with this Pamir re-encodes them, and every query reads them back as before.
/// </summary>
public sealed class IncidentsUpgradeTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_base_whose_incidents_were_stored_as_json_reads_them_back_the_same_after_the_upgrade()
    {
        string path = folder.File("old.db");
        var clash = StoredIncidentsTests.EveryDetail();
        var riot = Riot();
        WriteSchemaSevenBase(path, clash, riot);

        using var store = SqliteKnowledgeStore.Open(path);

        Assert.Equal(SqliteKnowledgeStore.CurrentSchemaVersion, store.SchemaVersion);
        Assert.Equal([Json(riot), Json(clash)], store.Knowledge().Incidents.Select(Json));
        Assert.Equal(Json(clash), Json(store.Incident(clash.Id)));
        Assert.Equal(0L, RawBase.Scalar(path, "SELECT count(*) FROM incidents WHERE typeof(payload) <> 'blob'"));
    }

    [Fact]
    public void A_base_with_more_incidents_than_one_batch_of_the_upgrade_has_every_one_re_encoded()
    {
        string path = folder.File("old.db");
        var riots = Enumerable.Range(0, 2345).Select(n => Riot() with { Id = $"riot-{n:00000}" }).ToArray();
        WriteSchemaSevenBase(path, riots);

        using var store = SqliteKnowledgeStore.Open(path);

        Assert.Equal(0L, RawBase.Scalar(path, "SELECT count(*) FROM incidents WHERE typeof(payload) <> 'blob'"));
        Assert.Equal(riots.Select(Json), store.Knowledge().Incidents.Select(Json));
    }

    [Fact]
    public void An_upgraded_base_still_rewrites_a_riot_that_lost_a_name_and_leaves_an_unchanged_one_alone()
    {
        string path = folder.File("old.db");
        var clash = StoredIncidentsTests.EveryDetail();
        WriteSchemaSevenBase(path, clash, Riot());

        using var store = SqliteKnowledgeStore.Open(path);
        var writes = store.ReplaceKnowledge(new FusedKnowledge([clash, Riot() with { Actors = ["Inmates"] }], [], [], []), "v2");

        Assert.Equal(new RowWrites(0, 1, 0), writes.Incidents);
        Assert.Empty(store.Incidents(new IncidentFilter(Actor: "Prison Guards")));
        Assert.Equal("riot-1", Assert.Single(store.Incidents(new IncidentFilter(Actor: "Inmates"))).Id);
    }

    [Fact]
    public void A_base_holding_an_incident_that_is_not_readable_json_is_refused_naming_the_base_and_the_incident_and_left_as_it_was()
    {
        string path = folder.File("old.db");
        WriteSchemaSevenBase(path, StoredIncidentsTests.EveryDetail(), Riot());
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            RawBase.Execute(connection, "UPDATE incidents SET payload = '{\"Id\":' WHERE id = 'riot-1'");
        }

        var error = Assert.Throws<InvalidDataException>(() => SqliteKnowledgeStore.Open(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("incident riot-1", error.Message);
        Assert.Equal(7L, RawBase.Scalar(path, "SELECT max(version) FROM schema_version"));
        Assert.Equal(2L, RawBase.Scalar(path, "SELECT count(*) FROM incidents WHERE typeof(payload) = 'text'"));
    }

    private static Incident Riot() => new()
    {
        Id = "riot-1",
        EventType = Core.Incidents.EventType.Riots,
        SubEventType = "Mob violence",
        Date = new FuzzyDate(2018, 11, 7),
        Actors = ["Inmates", "Prison Guards"],
        Reports = [Reports.Riot("khujand")],
    };

    /// <summary>
    /// A base as schema 7 left it: written by this Pamir, then each incident's payload put back as
    /// the JSON text that version wrote.
    /// </summary>
    private static void WriteSchemaSevenBase(string path, params Incident[] incidents)
    {
        using (var store = SqliteKnowledgeStore.Open(path))
            store.ReplaceKnowledge(new FusedKnowledge(incidents, [], [], []), "v1");
        using var connection = new SqliteConnection($"Data Source={path};Pooling=False");
        connection.Open();
        using var transaction = connection.BeginTransaction();
        foreach (var incident in incidents)
        {
            using var update = connection.CreateCommand();
            update.Transaction = transaction;
            update.CommandText = "UPDATE incidents SET payload = $payload WHERE id = $id";
            update.Parameters.AddWithValue("$id", incident.Id);
            update.Parameters.AddWithValue("$payload", JsonSerializer.Serialize(incident, StorageJson.Options));
            Assert.Equal(1, update.ExecuteNonQuery());
        }
        transaction.Commit();
        RawBase.Execute(connection, "UPDATE schema_version SET version = 7");
    }

    /// <summary>Every public property with the serializer's defaults, independent of how the store writes payloads.</summary>
    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
