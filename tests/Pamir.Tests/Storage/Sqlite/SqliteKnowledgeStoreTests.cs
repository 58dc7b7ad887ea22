using Microsoft.Data.Sqlite;
using Pamir.Core.Claims;
using Pamir.Core.Pipeline;
using Pamir.Core.Text;
using Pamir.Core.Time;
using Pamir.Storage;
using Pamir.Storage.Sqlite;

namespace Pamir.Tests.Storage.Sqlite;

public sealed class SqliteKnowledgeStoreTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SqliteKnowledgeStore store;

    public SqliteKnowledgeStoreTests() => store = SqliteKnowledgeStore.Open(folder.File("kb.db"));

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    [Fact]
    public void A_stored_document_comes_back_with_its_text_date_and_findings()
    {
        var report = Reports.Document("khujand", "Riot in Khujand prison leaves 21 dead.", "Prison riot", new FuzzyDate(2018, 11, 8));

        var results = store.Save([Reports.Entry(report, Reports.Findings("khujand"))]);

        Assert.Equal(SaveOutcome.Added, Assert.Single(results).Outcome);
        var stored = store.Document("khujand")!;
        Assert.Equal(report, stored.Document);
        Assert.Equal(Reports.Pipeline, stored.PipelineVersion);
        var findings = Assert.Single(store.AllFindings());
        Assert.Equal(Json(Reports.Findings("khujand")), Json(findings));
        Assert.Equal("at least 3", findings.Incidents.Single().FatalitiesStated);
        Assert.Equal(new FuzzyDate(1990, IsDecade: true), findings.Relations.Single().Since);
        Assert.Equal(new FuzzyDate(null, 5, 19), findings.Claims.Single().RefersTo);
    }

    [Fact]
    public void The_same_content_from_the_same_pipeline_is_stored_once()
    {
        var report = Reports.Document("vahdat", "Inmates rioted in Vahdat.");
        store.Save([Reports.Entry(report)]);

        var again = store.Save([Reports.Entry(report)]);

        Assert.Equal(SaveOutcome.Unchanged, Assert.Single(again).Outcome);
        Assert.Equal(1, store.DocumentCount);
    }

    [Fact]
    public void A_changed_report_under_the_same_id_replaces_the_old_one_everywhere()
    {
        store.Save([Reports.Entry(Reports.Document("osh", "Clashes in Osh left dozens dead."), Reports.Findings("osh"))]);

        var results = store.Save([Reports.Entry(Reports.Document("osh", "Protesters gathered peacefully in Bishkek."))]);

        Assert.Equal(SaveOutcome.Replaced, Assert.Single(results).Outcome);
        Assert.Equal("Protesters gathered peacefully in Bishkek.", store.Document("osh")!.Document.Text);
        Assert.Empty(Assert.Single(store.AllFindings()).Incidents);
        Assert.Empty(store.Search("Osh", 10));
        Assert.Single(store.Search("Bishkek", 10));
    }

    [Fact]
    public void A_report_analysed_by_a_newer_pipeline_replaces_the_old_analysis()
    {
        var report = Reports.Document("dushanbe", "A bomb exploded in Dushanbe.");
        store.Save([Reports.Entry(report)]);

        var results = store.Save([new AnalyzedEntry(report, Reports.Findings("dushanbe"), "newer-pipeline")]);

        Assert.Equal(SaveOutcome.Replaced, Assert.Single(results).Outcome);
        Assert.Equal(new DocumentStamp(report.ContentHash, "newer-pipeline"), store.Stamp("dushanbe"));
    }

    [Fact]
    public void Removing_a_report_retracts_its_text_and_findings()
    {
        store.Save([Reports.Entry(Reports.Document("a", "Gunmen attacked a border post near Khorog."), Reports.Findings("a")),
                    Reports.Entry(Reports.Document("b", "Floods hit Khatlon."), Reports.Findings("b"))]);

        Assert.True(store.Remove("a"));

        Assert.Null(store.Document("a"));
        Assert.Equal(["b"], store.AllFindings().Select(f => f.DocumentId));
        Assert.Empty(store.Search("Khorog", 10));
        Assert.False(store.Remove("a"));
    }

    [Fact]
    public void A_report_that_cannot_be_written_leaves_nothing_behind_and_the_others_are_kept()
    {
        store.Save([Reports.Entry(Reports.Document("broken", "The first version mentions Kulob."))]);
        // A claim value no export could hold makes the findings fail after the document row was written.
        var unwritable = Reports.Findings("broken") with { Claims = [new Claim("broken", "x", "y", double.NaN, null, new TextSpan(0, 1))] };

        var results = store.Save([
            Reports.Entry(Reports.Document("good", "Police detained twelve people in Tashkent.")),
            Reports.Entry(Reports.Document("broken", "The second version mentions Isfara."), unwritable),
            Reports.Entry(Reports.Document("later", "Talks resumed in Almaty.")),
        ]);

        Assert.Equal([SaveOutcome.Added, SaveOutcome.Failed, SaveOutcome.Added], results.Select(r => r.Outcome));
        Assert.Contains("could not be stored", results[1].Error);
        Assert.Equal("The first version mentions Kulob.", store.Document("broken")!.Document.Text);
        Assert.Empty(store.Search("Isfara", 10));
        Assert.Equal(["broken", "good", "later"], store.Documents().Select(d => d.Document.Id));
    }

    [Fact]
    public void Two_versions_of_a_report_in_one_batch_leave_only_the_second_searchable()
    {
        var results = store.Save([
            Reports.Entry(Reports.Document("twice", "An early draft placed the clash in Vose.")),
            Reports.Entry(Reports.Document("other", "Traders protested in Panjakent.")),
            Reports.Entry(Reports.Document("twice", "The corrected report placed the clash in Danghara.")),
        ]);

        Assert.Equal([SaveOutcome.Added, SaveOutcome.Added, SaveOutcome.Replaced], results.Select(r => r.Outcome));
        Assert.Empty(store.Search("Vose", 10));
        Assert.Equal("twice", store.Search("Danghara", 10).Single().DocumentId);
        Assert.Equal("other", store.Search("Panjakent", 10).Single().DocumentId);
        AssertSearchIndexIsConsistent();
    }

    [Fact]
    public void The_search_index_stays_consistent_through_adding_replacing_failing_and_removing()
    {
        store.Save([Reports.Entry(Reports.Document("a", "Shelling near Isfara.")), Reports.Entry(Reports.Document("b", "Talks in Khorog."))]);
        var unwritable = Reports.Findings("c") with { Claims = [new Claim("c", "x", "y", double.NaN, null, new TextSpan(0, 1))] };
        store.Save([Reports.Entry(Reports.Document("a", "Shelling near Vorukh.")), Reports.Entry(Reports.Document("c", "Never stored."), unwritable)]);
        store.Remove("b");

        Assert.Equal("a", store.Search("Vorukh", 10).Single().DocumentId);
        Assert.Empty(store.Search("Isfara OR Khorog OR stored", 10));
        AssertSearchIndexIsConsistent();
    }

    /// <summary>FTS5's own check that the index holds exactly the stored documents' words.</summary>
    private void AssertSearchIndexIsConsistent()
    {
        using var connection = new SqliteConnection($"Data Source={store.Path};Pooling=False");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "INSERT INTO documents_fts (documents_fts, rank) VALUES ('integrity-check', 1)";
        command.ExecuteNonQuery();
    }

    [Fact]
    public void Fused_knowledge_is_replaced_whole_and_read_back_in_fusion_order_incidents_by_date()
    {
        store.ReplaceKnowledge(Reports.Knowledge(), "v1");
        store.ReplaceKnowledge(Reports.Knowledge() with { Actors = [] }, "v2");

        var knowledge = store.Knowledge();

        Assert.Equal(["protest-osh-2010", "riot-khujand-2018-11"], knowledge.Incidents.Select(i => i.Id));
        Assert.Empty(knowledge.Actors);
        Assert.Null(store.Actor("Rahmon"));
        Assert.Equal("v2", store.KnowledgeFusedWith);
        var riot = knowledge.Incidents[1];
        Assert.Equal(new FuzzyDate(2018, 11, 7), riot.Date);
        Assert.Equal(["a"], riot.Conflicts.Single().DocumentsByValue["21"]);
        Assert.Equal(26, riot.Reports[1].Fatalities);
        Assert.Equal(1400, knowledge.ClaimGroups.Single().Claims[1].Value);
        Assert.Equal(Json(Reports.Knowledge().Incidents.OrderBy(i => i.Date?.First)), Json(knowledge.Incidents));
        Assert.Equal(Json(Reports.Knowledge().ClaimGroups), Json(knowledge.ClaimGroups));
    }

    /// <summary>Every public property with the serializer's defaults, independent of how the store writes payloads.</summary>
    private static string Json<T>(T value) => System.Text.Json.JsonSerializer.Serialize(value);

    [Fact]
    public void Changing_the_documents_marks_the_knowledge_base_as_needing_fusion()
    {
        store.ReplaceKnowledge(Reports.Knowledge(), "v1");

        store.Save([Reports.Entry(Reports.Document("new", "A new report."))]);

        Assert.Null(store.KnowledgeFusedWith);
    }

    [Fact]
    public void An_empty_file_is_migrated_to_the_current_schema()
    {
        string path = folder.File("empty.db");
        File.WriteAllBytes(path, []);

        using var migrated = SqliteKnowledgeStore.Open(path);

        Assert.Equal(SqliteKnowledgeStore.CurrentSchemaVersion, migrated.SchemaVersion);
        Assert.Equal(0, migrated.DocumentCount);
    }

    [Fact]
    public void Reopening_a_base_keeps_its_documents_and_schema()
    {
        store.Save([Reports.Entry(Reports.Document("kept", "Text that survives reopening."))]);
        store.Dispose();

        using var reopened = SqliteKnowledgeStore.Open(folder.File("kb.db"));

        Assert.Equal(1, reopened.DocumentCount);
        Assert.Equal(SqliteKnowledgeStore.CurrentSchemaVersion, reopened.SchemaVersion);
    }

    [Fact]
    public void A_base_from_a_newer_pamir_is_refused_with_its_path()
    {
        string path = folder.File("future.db");
        using (SqliteKnowledgeStore.Open(path)) { }
        using (var connection = new SqliteConnection($"Data Source={path};Pooling=False"))
        {
            connection.Open();
            using var command = connection.CreateCommand();
            command.CommandText = "UPDATE schema_version SET version = 999";
            command.ExecuteNonQuery();
        }

        var error = Assert.Throws<InvalidDataException>(() => SqliteKnowledgeStore.Open(path));

        Assert.Contains(path, error.Message);
        Assert.Contains("999", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_with_its_path()
    {
        string path = folder.Write("notes.db", "these are someone's notes, not a database");

        var error = Assert.Throws<InvalidDataException>(() => SqliteKnowledgeStore.Open(path));

        Assert.Contains(path, error.Message);
    }

    [Fact]
    public void Findings_are_streamed_in_document_order()
    {
        store.Save([Reports.Entry(Reports.Document("c", "third")), Reports.Entry(Reports.Document("a", "first")), Reports.Entry(Reports.Document("b", "second"))]);

        Assert.Equal(["a", "b", "c"], store.AllFindings().Select(f => f.DocumentId));
        Assert.All(store.AllFindings(), f => Assert.Equal(DocumentFindings.Empty(f.DocumentId).Incidents, f.Incidents));
    }

    [Fact]
    public void Fusion_reads_the_outlets_findings_without_their_figures_and_the_figures_apart_in_document_order()
    {
        store.Save([Reports.Entry(Reports.Document("c", "third"), Reports.Findings("c")), Reports.Entry(Reports.Document("a", "first"), Reports.Findings("a")),
            Reports.Entry(Reports.Document("b", "second"))]);

        var findings = store.FusionFindings().ToList();

        Assert.Equal(["a", "b", "c"], findings.Select(f => f.DocumentId));
        Assert.All(findings, f => Assert.Empty(f.Claims));
        Assert.Equal("Emomali Rahmon", Assert.Single(findings[2].Actors).Name);
        Assert.Equal(["a", "c"], store.AllClaims().Select(c => c.DocumentId));
    }

    [Fact]
    public void Fusion_is_not_given_back_the_findings_of_outlets_it_already_holds()
    {
        store.Save([Reports.Entry(Reports.Document("c", "third"), Reports.Findings("c")), Reports.Entry(Reports.Document("a", "first"), Reports.Findings("a")),
            Reports.Entry(Reports.Document("b", "second"), Reports.Findings("b"))]);

        Assert.Equal(["b"], store.FusionFindings(new HashSet<string> { "a", "c" }).Select(f => f.DocumentId));
        Assert.Empty(store.FusionFindings(new HashSet<string> { "a", "b", "c" }));
    }
}
