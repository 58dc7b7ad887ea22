using Pamir.Core.KnowledgeBase;
using Pamir.Storage.Sqlite;

namespace Pamir.Tests.Storage.Sqlite;

/// <summary>
/// A run writes each part of its knowledge as soon as it is fused while the others are still being fused:
/// the base must end up as if everything had been fused first, and a fusion that fails must leave
/// the base as it was.
/// </summary>
public sealed class FusingKnowledgeWritesTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public async Task Knowledge_written_while_its_actors_relations_incidents_and_figures_are_still_fused_is_the_knowledge_written_once_fused()
    {
        var knowledge = Reports.Knowledge();
        using var fused = SqliteKnowledgeStore.Open(folder.File("fused.db"));
        using var written = SqliteKnowledgeStore.Open(folder.File("fusing.db"));
        var release = new ManualResetEventSlim();
        var fusing = new FusingKnowledge(Released(release, FusedIncidents.Of(knowledge.Incidents)), Released(release, knowledge.Actors),
            Released(release, knowledge.Relations), Released(release, knowledge.ClaimGroups));

        var writing = Task.Run(() => written.ReplaceKnowledge(fusing, "v1"));
        release.Set();

        Assert.Equal(fused.ReplaceKnowledge(knowledge, "v1"), await writing);
        Assert.Equal(KnowledgeJson.Of(fused.Knowledge()), KnowledgeJson.Of(written.Knowledge()));
        Assert.Equal("v1", written.KnowledgeFusedWith);
    }

    /// <summary>A part still being fused: it is done only once <paramref name="release"/> is set.</summary>
    private static Task<T> Released<T>(ManualResetEventSlim release, T part) => Task.Run(() =>
    {
        release.Wait();
        return part;
    });

    [Fact]
    public void An_incident_fusion_that_fails_leaves_the_stored_knowledge_as_it_was() =>
        AssertFailedWriteLeavesKnowledgeAsItWas(new FusingKnowledge(Task.FromException<FusedIncidents>(new InvalidOperationException("fusion broke")),
            Task.FromResult<IReadOnlyList<Actor>>([]), Task.FromResult<IReadOnlyList<ResolvedRelation>>([]), Task.FromResult<IReadOnlyList<ClaimGroup>>([])));

    [Fact]
    public void An_actor_resolution_that_fails_after_the_figures_were_written_leaves_the_stored_knowledge_as_it_was() =>
        AssertFailedWriteLeavesKnowledgeAsItWas(new FusingKnowledge(Task.FromResult(FusedIncidents.Of([])),
            Task.FromException<IReadOnlyList<Actor>>(new InvalidOperationException("resolution broke")),
            Task.FromResult<IReadOnlyList<ResolvedRelation>>([]), Task.FromResult<IReadOnlyList<ClaimGroup>>([])));

    private void AssertFailedWriteLeavesKnowledgeAsItWas(FusingKnowledge failing)
    {
        using var store = SqliteKnowledgeStore.Open(folder.File("kb.db"));
        store.ReplaceKnowledge(Reports.Knowledge(), "v1");
        string before = KnowledgeJson.Of(store.Knowledge());

        Assert.Throws<InvalidOperationException>(() => store.ReplaceKnowledge(failing, "v2"));
        Assert.Equal(before, KnowledgeJson.Of(store.Knowledge()));
        Assert.Equal("v1", store.KnowledgeFusedWith);
    }
}
