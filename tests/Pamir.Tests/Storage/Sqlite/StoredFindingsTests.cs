using System.Text;
using System.Text.Json;
using Pamir.Core.Actors;
using Pamir.Core.Claims;
using Pamir.Core.Incidents;
using Pamir.Core.Names;
using Pamir.Core.Pipeline;
using Pamir.Core.Places;
using Pamir.Core.Relations;
using Pamir.Core.Text;
using Pamir.Core.Time;
using Pamir.Storage;
using Pamir.Storage.Serialization;
using Pamir.Storage.Sqlite;

namespace Pamir.Tests.Storage.Sqlite;

/// <summary>
/// A document's findings are stored in a compact form of their own and come back exactly as they
/// were saved, whatever they hold: every optional part given or left out, names and quotes outside
/// ASCII, fractional coordinates and figures, dates of every precision.
/// </summary>
public sealed class StoredFindingsTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SqliteKnowledgeStore store;

    public StoredFindingsTests() => store = SqliteKnowledgeStore.Open(folder.File("kb.db"));

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void Findings_with_every_detail_given_come_back_exactly_as_they_were_saved()
    {
        Save(EveryDetail());

        Assert.Equal(Json(EveryDetail()), Json(Assert.Single(store.AllFindings())));
        Assert.Equal(Json(EveryDetail().Actors), Json(store.ActorMentions("full")));
        Assert.Equal(Json(EveryDetail().Claims), Json(store.AllClaims()));
    }

    [Fact]
    public void The_findings_with_every_detail_leave_no_property_empty_so_one_added_later_is_stored_or_the_round_trip_fails()
    {
        var findings = EveryDetail();
        EveryPropertyGiven.In("the findings with every detail",
            findings.Incidents[0], findings.Incidents[0].Place!, findings.Actors[0], findings.Relations[0], findings.Claims[0]);
    }

    [Fact]
    public void A_document_without_findings_comes_back_with_empty_lists()
    {
        Save(DocumentFindings.Empty("quiet"));

        Assert.Equal(Json(DocumentFindings.Empty("quiet")), Json(Assert.Single(store.AllFindings())));
    }

    [Fact]
    public void A_report_full_of_mentions_takes_a_fraction_of_the_room_its_findings_took_as_json()
    {
        var findings = Crowded("crowded");
        Save(findings);

        long json = Serialized(findings).Sum(payload => (long)Encoding.UTF8.GetByteCount(payload));
        long stored = RawBase.Scalar(store.Path, "SELECT length(incidents) + length(actors) + length(relations) + length(claims) FROM findings");
        Assert.True(stored * 3 < json, $"{stored} bytes stored for {json} bytes of JSON");
        Assert.Equal(Json(findings), Json(Assert.Single(store.AllFindings())));
    }

    [Fact]
    public void Findings_stored_in_a_form_this_pamir_does_not_know_are_refused_not_misread()
    {
        Save(Reports.Findings("khujand"));
        RawBase.Execute(store.Path, "UPDATE findings SET actors = CAST(X'09' || substr(actors, 2) AS BLOB)");

        var error = Assert.Throws<InvalidDataException>(() => store.ActorMentions("khujand"));
        Assert.Contains("unknown format", error.Message);
    }

    [Fact]
    public void Findings_cut_short_are_refused_naming_their_document_rather_than_failing_on_the_byte_they_lack()
    {
        Save(Reports.Findings("khujand"));
        RawBase.Execute(store.Path, "UPDATE findings SET incidents = substr(incidents, 1, length(incidents) - 3)");

        var error = Assert.Throws<InvalidDataException>(() => store.AllFindings().ToList());
        Assert.Contains("document khujand", error.Message);
        Assert.Contains("ends before its format does", error.Message);
    }

    /// <summary>A long report naming the same few actors again and again, as most reports do.</summary>
    private static DocumentFindings Crowded(string id) => new(
        id,
        [.. Enumerable.Range(0, 6).Select(i => Reports.Riot(id, i))],
        [.. Enumerable.Range(0, 40).Select(i => new ActorMention
        {
            DocumentId = id, Name = $"police of district {i % 8}", Kind = ActorKind.Group, CountryCode = "TJ",
            Forms = [$"police of district {i % 8}"], Roles = [], Spans = [new TextSpan(i * 100, i * 100 + 24), new TextSpan(i * 100 + 50, i * 100 + 56)],
        })],
        [.. Enumerable.Range(0, 5).Select(i => new RelationStatement(id, "Tajikistan", $"police of district {i}", RelationType.Supports, new TextSpan(i, i + 9)))],
        [.. Enumerable.Range(0, 5).Select(i => new Claim(id, "Tajikistan", "length of the border", 1344 + i, "km", new TextSpan(i, i + 30), Published: new FuzzyDate(2021, 5, 2)))]);

    private static DocumentFindings EveryDetail() => new(
        "full",
        [
            new IncidentReport
            {
                DocumentId = "full", Ordinal = 1, EventType = EventType.Battles, SubEventType = "Armed clash",
                Date = new FuzzyDate(2021, 4, 29),
                Place = new PlaceRef("Vorukh", "TJ", 39.8531, 70.5763, 1220747, "02", PlaceKind.City),
                Fatalities = 19, FatalitiesStated = "at least 19 – guards and villagers", Injured = 87, Arrested = 4,
                Perpetrators = ["Kyrgyz border guards", "Таджикские пограничники"], Targets = ["villagers"],
                Trigger = "clashed", Evidence = [new TextSpan(0, 42), new TextSpan(50, 90)],
            },
            new IncidentReport
            {
                DocumentId = "full", Ordinal = 2, EventType = EventType.Protests, SubEventType = "Peaceful protest",
                Date = new FuzzyDate(1990, IsDecade: true), Evidence = [],
            },
        ],
        [
            new ActorMention
            {
                DocumentId = "full", Name = "Sadyr Japarov", Kind = ActorKind.Person, CatalogueId = "sadyr-japarov", CountryCode = "KG",
                Forms = ["Japarov", "Жапаров"], Roles = ["President of \"Kyrgyzstan\""], Spans = [new TextSpan(3, 16)],
            },
            new ActorMention { DocumentId = "full", Name = "border guards", Kind = ActorKind.Group, Spans = [] },
        ],
        [
            new RelationStatement("full", "Kyrgyzstan", "Tajikistan", RelationType.Ally, new TextSpan(4, 40),
                Since: new FuzzyDate(2004), Until: new FuzzyDate(null, 5, 19), Note: "the list's heading is unclear"),
            new RelationStatement("full", "Japarov", "Kyrgyzstan", RelationType.Ally, new TextSpan(0, 7)),
        ],
        [
            new Claim("full", "Kyrgyzstan", "share of the border demarcated", 0.515, "%", new TextSpan(9, 60),
                Upper: 62.25, Qualifier: "almost", StatedAs: "about half — 51.5%", RefersTo: new FuzzyDate(2021, 5), Published: new FuzzyDate(2021, 5, 2)),
            new Claim("full", "Tajikistan", "length of the border", 1e21, null, new TextSpan(1, 2)),
        ]);

    private void Save(DocumentFindings findings) =>
        Assert.Equal(SaveOutcome.Added, Assert.Single(store.Save([Reports.Entry(Reports.Document(findings.DocumentId, "A report."), findings)])).Outcome);

    private static string Json<T>(T value) => JsonSerializer.Serialize(value);

    private static string[] Serialized(DocumentFindings findings) =>
    [
        JsonSerializer.Serialize(findings.Incidents, StorageJson.Options),
        JsonSerializer.Serialize(findings.Actors, StorageJson.Options),
        JsonSerializer.Serialize(findings.Relations, StorageJson.Options),
        JsonSerializer.Serialize(findings.Claims, StorageJson.Options),
    ];
}
