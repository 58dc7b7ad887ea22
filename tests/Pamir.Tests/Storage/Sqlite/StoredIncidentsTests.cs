using System.Text;
using System.Text.Json;
using Pamir.Core.Incidents;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Names;
using Pamir.Core.Places;
using Pamir.Core.Text;
using Pamir.Core.Time;
using Pamir.Storage;
using Pamir.Storage.Queries;
using Pamir.Storage.Serialization;
using Pamir.Storage.Sqlite;

namespace Pamir.Tests.Storage.Sqlite;

/// <summary>
/// A fused incident is stored in the compact form of the findings and comes back from every query
/// exactly as it was fused: its reports, the conflicts between its sources in the order given, its
/// flags, names outside ASCII and dates of every precision.
/// </summary>
public sealed class StoredIncidentsTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SqliteKnowledgeStore store;

    public StoredIncidentsTests() => store = SqliteKnowledgeStore.Open(folder.File("kb.db"));

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void A_clash_with_every_detail_comes_back_exactly_as_it_was_fused_from_every_query()
    {
        store.ReplaceKnowledge(Knowledge(EveryDetail(), Quiet()), "v1");

        Assert.Equal([Json(Quiet()), Json(EveryDetail())], store.Knowledge().Incidents.Select(Json));
        Assert.Equal(Json(EveryDetail()), Json(store.Incident("vorukh-clash")));
        Assert.Equal(Json(EveryDetail()), Json(Assert.Single(store.Incidents(new IncidentFilter(Country: "TJ")))));
        Assert.Equal(Json(EveryDetail()), Json(Assert.Single(store.Incidents(new IncidentFilter(Actor: "Таджикские пограничники", Limit: 5)))));
    }

    [Fact]
    public void The_clash_with_every_detail_leaves_no_property_empty_so_one_added_later_is_stored_or_the_round_trip_fails()
    {
        var clash = EveryDetail();
        EveryPropertyGiven.In("the clash with every detail", clash, clash.Place!, clash.Conflicts[0], clash.Reports[0], clash.Reports[0].Place!);
    }

    [Fact]
    public void A_clash_told_by_many_reports_takes_a_fraction_of_the_room_it_took_as_json()
    {
        var told = EveryDetail() with { Reports = [.. Enumerable.Range(0, 12).Select(i => Reports.Riot($"report-{i % 4}", i))] };
        store.ReplaceKnowledge(Knowledge(told), "v1");

        long json = Encoding.UTF8.GetByteCount(JsonSerializer.Serialize(told, StorageJson.Options));
        long stored = RawBase.Scalar(store.Path, "SELECT length(payload) FROM incidents");
        Assert.True(stored * 3 < json, $"{stored} bytes stored for {json} bytes of JSON");
    }

    [Fact]
    public void Fusing_the_same_clash_again_rewrites_nothing_and_a_changed_toll_rewrites_it()
    {
        store.ReplaceKnowledge(Knowledge(EveryDetail(), Quiet()), "v1");

        Assert.Equal(new RowWrites(0, 0, 0), store.ReplaceKnowledge(Knowledge(EveryDetail(), Quiet()), "v2").Incidents);
        Assert.Equal(new RowWrites(0, 1, 0), store.ReplaceKnowledge(Knowledge(EveryDetail() with { Fatalities = 20 }, Quiet()), "v3").Incidents);
        Assert.Equal(20, store.Incident("vorukh-clash")!.Fatalities);
    }

    [Fact]
    public void An_incident_stored_in_a_form_this_pamir_does_not_know_is_refused_not_misread()
    {
        store.ReplaceKnowledge(Knowledge(Quiet()), "v1");
        RawBase.Execute(store.Path, "UPDATE incidents SET payload = CAST(X'09' || substr(payload, 2) AS BLOB)");

        var error = Assert.Throws<InvalidDataException>(() => store.Incident("quiet-protest"));
        Assert.Contains("unknown format", error.Message);
    }

    /// <summary>A border clash several sources tell differently, with every property of each part given.</summary>
    internal static Incident EveryDetail() => new()
    {
        Id = "vorukh-clash",
        EventType = EventType.Battles,
        SubEventType = "Armed clash",
        Date = new FuzzyDate(2021, 4, 29),
        Place = new PlaceRef("Vorukh", "TJ", 39.8531, 70.5763, 1220747, "02", PlaceKind.City),
        Fatalities = 19,
        FatalitiesMin = 15,
        FatalitiesMax = 55,
        Actors = ["Kyrgyz border guards", "Таджикские пограничники"],
        Reports =
        [
            new IncidentReport
            {
                DocumentId = "first", Ordinal = 1, EventType = EventType.Battles, SubEventType = "Armed clash",
                Date = new FuzzyDate(2021, 4, 29),
                Place = new PlaceRef("Vorukh", "TJ", 39.8531, 70.5763, 1220747, "02", PlaceKind.Region),
                Fatalities = 19, FatalitiesStated = "at least 19 – guards and villagers", Injured = 87, Arrested = 4,
                Perpetrators = ["Kyrgyz border guards"], Targets = ["villagers"],
                Trigger = "clashed", Evidence = [new TextSpan(0, 42), new TextSpan(50, 90)],
            },
            new IncidentReport { DocumentId = "second", Ordinal = 0, EventType = EventType.Battles, SubEventType = "Armed clash", Fatalities = 55, Evidence = [] },
        ],
        Conflicts =
        [
            new FieldConflict("fatalities", new Dictionary<string, IReadOnlyList<string>> { ["55"] = ["second"], ["19"] = ["first", "third"] }),
            new FieldConflict("date", new Dictionary<string, IReadOnlyList<string>> { ["2021-04-29"] = ["first"], ["1990s"] = ["second"] }),
        ],
        Flags = ["second: date more than a month off"],
    };

    private static Incident Quiet() => new()
    {
        Id = "quiet-protest",
        EventType = EventType.Protests,
        SubEventType = "Peaceful protest",
        Date = new FuzzyDate(1990, IsDecade: true),
        Reports = [new IncidentReport { DocumentId = "third", Ordinal = 0, EventType = EventType.Protests, SubEventType = "Peaceful protest", Evidence = [] }],
    };

    private static FusedKnowledge Knowledge(params Incident[] incidents) => new(incidents, [], [], []);

    /// <summary>Every public property with the serializer's defaults, independent of how the store writes payloads.</summary>
    private static string Json<T>(T value) => JsonSerializer.Serialize(value);
}
