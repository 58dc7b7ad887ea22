using Microsoft.Data.Sqlite;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Time;
using Pamir.Storage.Queries;
using Pamir.Storage.Sqlite;

namespace Pamir.Tests.Storage.Sqlite;

/// <summary>
/// Each name of an incident has an entry carrying the incident's date, by which an actor's incidents
/// are listed. A rewritten or removed incident's entries are found from its stored version, so no
/// entry of an old version may outlive it.
/// </summary>
public sealed class IncidentActorEntriesTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SqliteKnowledgeStore store;

    public IncidentActorEntriesTests() => store = SqliteKnowledgeStore.Open(folder.File("kb.db"));

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Rewriting_a_riot_leaves_no_entry_of_its_old_names_or_date()
    {
        store.ReplaceKnowledge(Knowledge(Riot("riot-1", new FuzzyDate(2019, 3, 2), "Prison Guards", "Inmates")), "v1");

        store.ReplaceKnowledge(Knowledge(Riot("riot-1", new FuzzyDate(2021, 8), "Inmates", "Émigré Militia")), "v2");

        Assert.Equal([("emigre militia", 1, "2021-08-01", "riot-1"), ("inmates", 1, "2021-08-01", "riot-1")], Entries());
        Assert.Empty(store.Incidents(new IncidentFilter(Actor: "prison guards")));
        Assert.Equal("riot-1", Assert.Single(store.Incidents(new IncidentFilter(Actor: "Emigre Militia"))).Id);
    }

    [Fact]
    public void A_riot_that_loses_its_date_keeps_its_names_as_undated_entries_only()
    {
        store.ReplaceKnowledge(Knowledge(Riot("riot-1", new FuzzyDate(2019, 3, 2), "Inmates")), "v1");

        store.ReplaceKnowledge(Knowledge(Riot("riot-1", null, "Inmates")), "v2");

        Assert.Equal([("inmates", 0, "", "riot-1")], Entries());
    }

    [Fact]
    public void Removing_a_riot_removes_its_entries_and_leaves_the_other_riots_of_the_same_names()
    {
        var kept = Riot("riot-2", new FuzzyDate(2020), "Inmates");
        store.ReplaceKnowledge(Knowledge(Riot("riot-1", new FuzzyDate(2019, 3, 2), "Inmates", "Prison Guards"), kept), "v1");

        store.ReplaceKnowledge(Knowledge(kept), "v2");

        Assert.Equal([("inmates", 1, "2020-01-01", "riot-2")], Entries());
    }

    [Fact]
    public void Riots_naming_one_group_alike_or_in_another_spelling_each_keep_an_entry_with_their_own_date()
    {
        store.ReplaceKnowledge(Knowledge(
            Riot("riot-1", new FuzzyDate(2019, 3, 2), "Émigré Militia"),
            Riot("riot-2", new FuzzyDate(2020, 11, 25), "EMIGRE  militia", "Émigré Militia")), "v1");

        Assert.Equal([("emigre militia", 1, "2019-03-02", "riot-1"), ("emigre militia", 1, "2020-11-25", "riot-2")], Entries());
    }

    [Fact]
    public void A_riot_of_a_year_before_1000_is_dated_with_its_year_in_four_digits()
    {
        store.ReplaceKnowledge(Knowledge(Riot("riot-1", new FuzzyDate(987, 6, 9), "Inmates")), "v1");

        Assert.Equal([("inmates", 1, "0987-06-09", "riot-1")], Entries());
        Assert.Equal("riot-1", Assert.Single(store.Incidents(new IncidentFilter(Since: new DateOnly(987, 6, 9), Until: new DateOnly(987, 6, 9)))).Id);
    }

    [Fact]
    public void A_base_whose_entries_were_also_indexed_by_incident_is_migrated_and_still_rewrites_them()
    {
        store.ReplaceKnowledge(Knowledge(Riot("riot-1", new FuzzyDate(2019, 3, 2), "Prison Guards", "Inmates")), "v1");
        store.Dispose();
        // The base as schema 5 left it: the same tables, the entries indexed by incident as well.
        RawBase.Execute(folder.File("kb.db"), "CREATE INDEX incident_actors_by_incident ON incident_actors(incident_id); UPDATE schema_version SET version = 5;");

        using var migrated = SqliteKnowledgeStore.Open(folder.File("kb.db"));

        Assert.Equal(SqliteKnowledgeStore.CurrentSchemaVersion, migrated.SchemaVersion);
        Assert.Equal("riot-1", Assert.Single(migrated.Incidents(new IncidentFilter(Actor: "Prison Guards"))).Id);
        migrated.ReplaceKnowledge(Knowledge(Riot("riot-1", new FuzzyDate(2019, 3, 2), "Inmates")), "v2");
        Assert.Empty(migrated.Incidents(new IncidentFilter(Actor: "Prison Guards")));
        Assert.Equal([("inmates", 1, "2019-03-02", "riot-1")], Entries());
    }

    private static Incident Riot(string id, FuzzyDate? date, params string[] actors) => new()
    {
        Id = id,
        EventType = Core.Incidents.EventType.Riots,
        SubEventType = "Mob violence",
        Date = date,
        Actors = actors,
        Reports = [Reports.Riot($"report-of-{id}", fatalities: 1)],
    };

    private static FusedKnowledge Knowledge(params Incident[] incidents) => new(incidents, [], [], []);

    private List<(string, long, string, string)> Entries()
    {
        using var connection = new SqliteConnection($"Data Source={folder.File("kb.db")};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name_folded, dated, date_first, incident_id FROM incident_actors ORDER BY 1, 2, 3, 4";
        using var reader = command.ExecuteReader();
        var entries = new List<(string, long, string, string)>();
        while (reader.Read()) entries.Add((reader.GetString(0), reader.GetInt64(1), reader.GetString(2), reader.GetString(3)));
        return entries;
    }
}
