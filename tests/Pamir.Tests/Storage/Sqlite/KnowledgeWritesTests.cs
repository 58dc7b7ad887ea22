using Pamir.Core.KnowledgeBase;
using Pamir.Core.Relations;
using Pamir.Core.Text;
using Pamir.Core.Time;
using Pamir.Storage;
using Pamir.Storage.Sqlite;

namespace Pamir.Tests.Storage.Sqlite;

/// <summary>
/// A refresh of a base with more records than are serialized and written at once: the records go
/// in chunks, each compared with the stored rows of its own key range, and none may be lost or kept
/// at the edges of a chunk.
/// </summary>
public sealed class KnowledgeWritesTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SqliteKnowledgeStore store;

    public KnowledgeWritesTests() => store = SqliteKnowledgeStore.Open(folder.File("kb.db"));

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void A_refresh_of_thousands_of_riots_deletes_rewrites_and_adds_exactly_those_that_changed()
    {
        var first = Enumerable.Range(0, 1500).Select(n => Riot(2 * n, fatalities: 1)).ToList();
        Assert.Equal(new RowWrites(1500, 0, 0), store.ReplaceKnowledge(Knowledge(first), "v1").Incidents);

        // Gone: the first and last riots and a run across where the first chunk ends; new: riots
        // between stored ones, before the first and after the last; changed: every hundredth.
        var gone = new HashSet<int>([0, 2998, .. Enumerable.Range(250, 20).Select(n => 2 * n)]);
        var added = new[] { -1, 1, 501, 1023, 1025, 2999, 3001 };
        var second = first.Where(r => !gone.Contains(Number(r))).Select(r => Number(r) % 200 == 0 ? r with { Fatalities = 9 } : r)
            .Concat(added.Select(n => Riot(n, fatalities: 5))).ToList();
        var writes = store.ReplaceKnowledge(Knowledge(second), "v2").Incidents;

        Assert.Equal(new RowWrites(added.Length, 14, gone.Count), writes);
        var stored = store.Knowledge().Incidents;
        Assert.Equal(second.Select(r => r.Id).Order(StringComparer.Ordinal), stored.Select(r => r.Id).Order(StringComparer.Ordinal));
        Assert.Equal(9, stored.Single(r => r.Id == Riot(200, 0).Id).Fatalities);
        Assert.Equal(1, stored.Single(r => r.Id == Riot(202, 0).Id).Fatalities);
        Assert.Equal(5, stored.Single(r => r.Id == Riot(-1, 0).Id).Fatalities);
        Assert.Equal(0, store.ReplaceKnowledge(Knowledge(second), "v3").Touched);
    }

    [Fact]
    public void A_refresh_of_thousands_of_relations_keeps_each_documents_statements_in_their_order()
    {
        var first = Enumerable.Range(0, 700).SelectMany(d => Statements(d, 2)).ToList();
        Assert.Equal(new RowWrites(1400, 0, 0), store.ReplaceKnowledge(Knowledge([], first), "v1").Relations);

        // Document 300 loses its second statement, document 301 gains a third, document 0 leaves.
        var second = Enumerable.Range(1, 699).SelectMany(d => Statements(d, d == 300 ? 1 : d == 301 ? 3 : 2)).ToList();
        var writes = store.ReplaceKnowledge(Knowledge([], second), "v2").Relations;

        Assert.Equal(new RowWrites(1, 0, 3), writes);
        Assert.Equal(second.Select(r => (r.Statement.DocumentId, r.TargetActorId)).Order(),
            store.Knowledge().Relations.Select(r => (r.Statement.DocumentId, r.TargetActorId)).Order());
    }

    [Theory]
    [InlineData(2018, null, null, false)]
    [InlineData(2018, 11, null, false)]
    [InlineData(2018, 11, 7, false)]
    [InlineData(990, 1, 2, false)]
    [InlineData(5, 12, null, false)]
    [InlineData(1990, null, null, true)]
    [InlineData(null, 11, 7, false)]
    [InlineData(null, 11, null, false)]
    public void A_riots_date_of_every_precision_comes_back_as_it_was_stored(int? year, int? month, int? day, bool decade)
    {
        var date = new FuzzyDate(year, month, day, decade);
        var riot = Riot(1, fatalities: 2) with { Date = date };
        store.ReplaceKnowledge(Knowledge([riot]), "v1");

        Assert.Equal(date, store.Knowledge().Incidents.Single().Date);
        Assert.Equal(date, store.Incident(riot.Id)!.Date);
    }

    private static Incident Riot(int number, int? fatalities) => new()
    {
        Id = $"riot-{number + 1000:00000}",
        EventType = Core.Incidents.EventType.Riots,
        SubEventType = "Mob violence",
        Fatalities = fatalities,
        Reports = [Reports.Riot($"report-{number}", fatalities: fatalities)],
    };

    private static int Number(Incident riot) => int.Parse(riot.Id["riot-".Length..]) - 1000;

    /// <summary>A document's statements that its president is allied with one country after another.</summary>
    private static IEnumerable<ResolvedRelation> Statements(int document, int count) =>
        Enumerable.Range(0, count).Select(n => new ResolvedRelation("president", $"country-{n}",
            new RelationStatement($"report-{document:0000}", "the president", $"country {n}", RelationType.Ally, new TextSpan(n, n + 5))));

    private static FusedKnowledge Knowledge(IReadOnlyList<Incident> incidents, IReadOnlyList<ResolvedRelation>? relations = null) =>
        new(incidents, [], relations ?? [], []);
}
