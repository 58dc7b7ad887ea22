using System.Text.Json;
using Microsoft.Data.Sqlite;
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
/// The saved form of a document's findings is the store's JSON exactly as the serializer writes
/// it, whatever the findings hold: every optional part given or left out, names and quotes outside
/// ASCII, fractional coordinates and figures.
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
    public void Findings_with_every_detail_given_are_stored_as_the_serializer_writes_them()
    {
        var findings = new DocumentFindings(
            "full",
            [
                new IncidentReport
                {
                    DocumentId = "full", Ordinal = 0, EventType = EventType.Battles, SubEventType = "Armed clash",
                    Date = new FuzzyDate(2021, 4, 29),
                    Place = new PlaceRef("Vorukh", "TJ", 39.8531, 70.5763, 1220747, "02", PlaceKind.City),
                    Fatalities = 19, FatalitiesStated = "at least 19 – guards and villagers", Injured = 87, Arrested = 4,
                    Perpetrators = ["Kyrgyz border guards", "Таджикские пограничники"], Targets = ["villagers"],
                    Trigger = "clashed", Evidence = [new TextSpan(0, 42), new TextSpan(50, 90)],
                },
                new IncidentReport
                {
                    DocumentId = "full", Ordinal = 1, EventType = EventType.Protests, SubEventType = "Peaceful protest",
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

        Save(findings);

        Assert.Equal(Serialized(findings), Stored("full"));
    }

    [Fact]
    public void A_document_without_findings_stores_empty_lists()
    {
        Save(DocumentFindings.Empty("quiet"));

        Assert.Equal(["[]", "[]", "[]", "[]"], Stored("quiet"));
    }

    private void Save(DocumentFindings findings) =>
        Assert.Equal(SaveOutcome.Added, Assert.Single(store.Save([Reports.Entry(Reports.Document(findings.DocumentId, "A report."), findings)])).Outcome);

    private static string[] Serialized(DocumentFindings findings) =>
    [
        JsonSerializer.Serialize(findings.Incidents, StorageJson.Options),
        JsonSerializer.Serialize(findings.Actors, StorageJson.Options),
        JsonSerializer.Serialize(findings.Relations, StorageJson.Options),
        JsonSerializer.Serialize(findings.Claims, StorageJson.Options),
    ];

    private string[] Stored(string documentId)
    {
        using var connection = new SqliteConnection($"Data Source={store.Path};Mode=ReadOnly;Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = """
            SELECT f.incidents, f.actors, f.relations, f.claims, typeof(f.incidents), typeof(f.claims)
            FROM findings f JOIN documents d ON d.doc_key = f.doc_key WHERE d.id = $id
            """;
        command.Parameters.AddWithValue("$id", documentId);
        using var reader = command.ExecuteReader();
        Assert.True(reader.Read());
        Assert.Equal("text", reader.GetString(4));
        Assert.Equal("text", reader.GetString(5));
        return [reader.GetString(0), reader.GetString(1), reader.GetString(2), reader.GetString(3)];
    }
}
