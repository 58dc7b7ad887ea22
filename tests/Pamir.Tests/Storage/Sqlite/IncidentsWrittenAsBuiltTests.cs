using Pamir.Core.Fusion;
using Pamir.Storage;
using Pamir.Storage.Sqlite;
using static Pamir.Tests.Fusion.IncidentsBuiltAsWrittenTests;

namespace Pamir.Tests.Storage.Sqlite;

/// <summary>
/// A run writes its incidents as they are built, a chunk at a time in id order, rather than from the
/// whole list: the base must hold the same incidents in the same order, across the edges of the
/// chunks, and a refresh must still touch only the incidents that changed.
/// </summary>
public sealed class IncidentsWrittenAsBuiltTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void A_base_of_incidents_written_as_they_are_built_holds_the_same_incidents_in_the_same_order_as_one_written_from_the_whole_list()
    {
        // More than two chunks of incidents, some told by two outlets.
        var reports = Riots(1300);
        using var streamed = SqliteKnowledgeStore.Open(folder.File("streamed.db"));
        using var whole = SqliteKnowledgeStore.Open(folder.File("whole.db"));

        var writes = streamed.ReplaceKnowledge(KnowledgeFusion.Start(Gathered(reports), []), "v1");
        whole.ReplaceKnowledge(KnowledgeFusion.Fuse(Gathered(reports), []), "v1");

        Assert.Equal(new RowWrites(1300, 0, 0), writes.Incidents);
        Assert.Equal(KnowledgeJson.Of(whole.Knowledge()), KnowledgeJson.Of(streamed.Knowledge()));
        Assert.Equal(186, streamed.Knowledge().Incidents.Count(i => i.Reports.Count == 2));
    }

    [Fact]
    public void A_refresh_that_changes_one_report_of_a_large_base_rewrites_only_that_incident()
    {
        using var store = SqliteKnowledgeStore.Open(folder.File("kb.db"));
        store.ReplaceKnowledge(KnowledgeFusion.Start(Gathered(Riots(1300)), []), "v1");

        var writes = store.ReplaceKnowledge(KnowledgeFusion.Start(Gathered(Riots(1300, changedFatalities: 700)), []), "v2");

        Assert.Equal(new RowWrites(0, 1, 0), writes.Incidents);
        Assert.Equal(99, store.Knowledge().Incidents.Single(i => i.Reports[0].DocumentId == "daily-0700").Fatalities);
        Assert.Equal(0, store.ReplaceKnowledge(KnowledgeFusion.Start(Gathered(Riots(1300, changedFatalities: 700)), []), "v3").Touched);
    }
}
