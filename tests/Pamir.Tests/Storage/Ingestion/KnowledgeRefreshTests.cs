using Pamir.Core.Pipeline;
using Pamir.Core.Incidents;
using Pamir.Core.Reference;
using Pamir.Core.Time;
using Pamir.Storage;
using Pamir.Storage.Ingestion;
using Pamir.Storage.Sqlite;

namespace Pamir.Tests.Storage.Ingestion;

public sealed class KnowledgeRefreshTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly List<SqliteKnowledgeStore> stores = [];

    public void Dispose()
    {
        foreach (var store in stores) store.Dispose();
        folder.Dispose();
    }

    private SqliteKnowledgeStore Store(string name)
    {
        var store = SqliteKnowledgeStore.Open(folder.File(name + ".db"));
        stores.Add(store);
        return store;
    }

    /// <summary>An outlet's account of the Khujand prison riot (the same riot, actor, alliance and border figure in every outlet).</summary>
    private static AnalyzedEntry RiotOutlet(string id) => Reports.Entry(Reports.Document(id, $"Outlet {id} on the riot."), Reports.Findings(id));

    /// <summary>The one outlet that reports a border clash in Osh two years later.</summary>
    private static AnalyzedEntry OshClash(string id)
    {
        var clash = Reports.Riot(id, fatalities: 5) with
        {
            Date = new FuzzyDate(2021, 3, 2),
            Place = new PlaceRef("Osh", "KG", 40.51, 72.80, 1527534, "Osh"),
        };
        return Reports.Entry(Reports.Document(id, $"Outlet {id} on the clash."), new DocumentFindings(id, [clash], [], [], []));
    }

    private static KnowledgeWrites Refresh(IKnowledgeStore store) => KnowledgeRefresh.Run(store, ReferenceData.Shared, Reports.Pipeline);

    private static string Json(IKnowledgeStore store) => KnowledgeJson.Of(store.Knowledge());

    [Fact]
    public void Reports_ingested_in_two_runs_fuse_into_the_same_knowledge_as_in_one_run()
    {
        var once = Store("once");
        once.Save([RiotOutlet("a"), RiotOutlet("b"), RiotOutlet("c"), OshClash("d")]);
        Refresh(once);
        var twice = Store("twice");
        twice.Save([RiotOutlet("c"), OshClash("d")]);
        Refresh(twice);
        twice.Save([RiotOutlet("b"), RiotOutlet("a")]);
        Refresh(twice);

        var knowledge = once.Knowledge();
        Assert.Equal(2, knowledge.Incidents.Count);
        Assert.Contains(knowledge.Incidents, i => i.Reports.Count == 3);
        Assert.Equal(Json(once), Json(twice));
    }

    [Fact]
    public void Removing_the_only_report_of_an_incident_removes_the_incident()
    {
        var store = Store("kb");
        store.Save([RiotOutlet("a"), RiotOutlet("b"), OshClash("d")]);
        Refresh(store);
        Assert.Equal(2, store.Knowledge().Incidents.Count);

        store.Remove("d");
        Refresh(store);

        var riot = Assert.Single(store.Knowledge().Incidents);
        Assert.Equal("Khujand", riot.Place?.Name);
        var fresh = Store("fresh");
        fresh.Save([RiotOutlet("a"), RiotOutlet("b")]);
        Refresh(fresh);
        Assert.Equal(Json(fresh), Json(store));
    }

    [Fact]
    public void An_incident_keeps_its_id_when_a_later_outlet_retracts_its_report()
    {
        var store = Store("kb");
        store.Save([RiotOutlet("a"), RiotOutlet("b")]);
        Refresh(store);
        string id = Assert.Single(store.Knowledge().Incidents).Id;

        store.Remove("b");
        Refresh(store);

        var riot = Assert.Single(store.Knowledge().Incidents);
        Assert.Equal(id, riot.Id);
        Assert.Equal(["a"], riot.Reports.Select(r => r.DocumentId));
        Assert.Equal(["a"], Assert.Single(store.Knowledge().Actors, a => a.Name == "Emomali Rahmon").Documents);
    }

    [Fact]
    public void A_second_run_that_adds_one_outlets_report_of_a_known_riot_rewrites_only_that_incident()
    {
        var store = Store("kb");
        store.Save([RiotOutlet("a"), RiotOutlet("b"), OshClash("d")]);
        Refresh(store);

        store.Save([RiotOutlet("c")]);
        var writes = Refresh(store);

        Assert.Equal(new RowWrites(Inserted: 0, Rewritten: 1, Deleted: 0), writes.Incidents);
        Assert.Equal(1, writes.Relations.Inserted);
        Assert.Equal(0, writes.Relations.Rewritten + writes.Relations.Deleted);
        var fresh = Store("fresh");
        fresh.Save([RiotOutlet("a"), RiotOutlet("b"), RiotOutlet("c"), OshClash("d")]);
        Refresh(fresh);
        Assert.Equal(Json(fresh), Json(store));
    }

    [Fact]
    public void A_refresh_of_unchanged_documents_writes_nothing()
    {
        var store = Store("kb");
        store.Save([RiotOutlet("a"), RiotOutlet("b"), OshClash("d")]);
        Refresh(store);
        string before = Json(store);

        var writes = Refresh(store);

        Assert.Equal(0, writes.Touched);
        Assert.Equal(before, Json(store));
    }

    [Fact]
    public void Retracting_the_only_report_of_a_clash_deletes_that_incident_and_leaves_the_riot_untouched()
    {
        var store = Store("kb");
        store.Save([RiotOutlet("a"), RiotOutlet("b"), OshClash("d")]);
        Refresh(store);

        store.Remove("d");
        var writes = Refresh(store);

        Assert.Equal(new RowWrites(Inserted: 0, Rewritten: 0, Deleted: 1), writes.Incidents);
        Assert.Equal(0, writes.ClaimGroups.Touched);
    }

    [Fact]
    public void Rahmons_documents_follow_outlets_that_join_and_leave_across_runs()
    {
        var store = Store("kb");
        store.Save([RiotOutlet("a"), RiotOutlet("b")]);
        Refresh(store);

        store.Save([RiotOutlet("c")]);
        store.Remove("a");
        var writes = Refresh(store);

        string rahmon = store.Actor("Rahmon")!.Actor.Id;
        Assert.Equal(["b", "c"], store.ActorDocuments(rahmon, 10).Order(StringComparer.Ordinal));
        Assert.Equal(0, writes.Actors.Inserted + writes.Actors.Deleted);
        var fresh = Store("fresh");
        fresh.Save([RiotOutlet("b"), RiotOutlet("c")]);
        Refresh(fresh);
        Assert.Equal(Json(fresh), Json(store));
    }
}
