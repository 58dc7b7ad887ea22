using Microsoft.Data.Sqlite;
using Pamir.Core.KnowledgeBase;
using Pamir.Storage.Queries;
using Pamir.Storage.Sqlite;

namespace Pamir.Tests.Storage.Sqlite;

/// <summary>
/// The first knowledge written into a new base goes into tables without their secondary indexes,
/// which are built once the rows are in: the base must end up with the indexes of its schema and
/// answer every listing as a base whose indexes took the rows one by one.
/// </summary>
public sealed class NewBaseIndexesTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_new_base_keeps_every_index_of_its_schema_once_its_first_knowledge_is_written()
    {
        using var store = SqliteKnowledgeStore.Open(folder.File("kb.db"));
        var before = Indexes(store.Path);

        store.ReplaceKnowledge(Reports.Knowledge(), "v1");

        Assert.Contains(before, index => index.Name == "incidents_by_country");
        Assert.Equal(before, Indexes(store.Path));
    }

    [Fact]
    public void Knowledge_written_into_a_new_base_answers_listings_as_knowledge_written_into_a_base_that_had_some()
    {
        var knowledge = Reports.Knowledge();
        using var fresh = SqliteKnowledgeStore.Open(folder.File("fresh.db"));
        using var grown = SqliteKnowledgeStore.Open(folder.File("grown.db"));
        grown.ReplaceKnowledge(knowledge with { Incidents = knowledge.Incidents.Take(1).ToList(), Actors = knowledge.Actors.Take(1).ToList() }, "v0");

        fresh.ReplaceKnowledge(knowledge, "v1");
        grown.ReplaceKnowledge(knowledge, "v1");

        Assert.Equal(KnowledgeJson.Of(grown.Knowledge()), KnowledgeJson.Of(fresh.Knowledge()));
        var incident = knowledge.Incidents[0];
        foreach (var filter in new IncidentFilter[] { new(Country: incident.Place?.CountryCode), new(Type: incident.EventType), new(Actor: incident.Actors[0]), new(Limit: 1) })
            Assert.Equal(grown.Incidents(filter).Select(i => i.Id), fresh.Incidents(filter).Select(i => i.Id));
        Assert.Equal(grown.Actors(new ActorFilter(Kind: knowledge.Actors[0].Kind)).Select(a => a.Actor.Id), fresh.Actors(new ActorFilter(Kind: knowledge.Actors[0].Kind)).Select(a => a.Actor.Id));
    }

    [Fact]
    public void A_first_write_whose_incident_fusion_fails_leaves_the_new_base_empty_with_its_indexes()
    {
        using var store = SqliteKnowledgeStore.Open(folder.File("kb.db"));
        var before = Indexes(store.Path);
        var failing = new FusingKnowledge(Task.FromException<FusedIncidents>(new InvalidOperationException("fusion broke")),
            Task.FromResult(Reports.Knowledge().Actors), Task.FromResult<IReadOnlyList<ResolvedRelation>>([]), Task.FromResult<IReadOnlyList<ClaimGroup>>([]));

        Assert.Throws<InvalidOperationException>(() => store.ReplaceKnowledge(failing, "v1"));

        Assert.Equal(before, Indexes(store.Path));
        Assert.Empty(store.Knowledge().Actors);
    }

    private static List<(string Name, string Sql)> Indexes(string path)
    {
        using var connection = new SqliteConnection($"Data Source={path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL ORDER BY name";
        using var reader = command.ExecuteReader();
        var indexes = new List<(string, string)>();
        while (reader.Read()) indexes.Add((reader.GetString(0), reader.GetString(1)));
        return indexes;
    }
}
