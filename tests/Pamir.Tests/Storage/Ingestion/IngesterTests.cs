using Pamir.Core.Documents;
using Pamir.Core.Incidents;
using Pamir.Core.Pipeline;
using Pamir.Core.Reference;
using Pamir.Core.Text;
using Pamir.Storage.Ingestion;
using Pamir.Storage.Sqlite;

namespace Pamir.Tests.Storage.Ingestion;

public sealed class IngesterTests : IDisposable
{
    private readonly TempFolder folder = new();
    private readonly SqliteKnowledgeStore store;
    private readonly CountingExtractor incidents = new();

    public IngesterTests() => store = SqliteKnowledgeStore.Open(folder.File("kb.db"));

    public void Dispose()
    {
        store.Dispose();
        folder.Dispose();
    }

    private Ingester Ingester(string version = "v1") =>
        new(store, new AnalysisPipeline([], incidents, new None<Core.Actors.ActorMention>(), new None<Core.Relations.RelationStatement>(), new None<Core.Claims.Claim>()),
            ReferenceData.Shared, version) { Analysers = 2 };

    private static IEnumerable<DocumentReadResult> Inputs(params string[] idsAndTexts) =>
        idsAndTexts.Select(pair => pair.Split(':', 2)).Select(p => DocumentReadResult.Read(Reports.Document(p[0], p[1])));

    [Fact]
    public void Good_reports_are_stored_while_each_bad_input_is_reported_with_its_reason()
    {
        var inputs = Inputs("a:Riot in Khujand.", "b:Clash in Osh.")
            .Append(DocumentReadResult.Failed("dump.jsonl", "invalid JSON", line: 3))
            .Append(DocumentReadResult.Read(Reports.Document("c", "CRASH the analyser on this report.")))
            .Concat(Inputs("d:Protest in Bishkek."));

        var summary = Ingester().Run(inputs);

        Assert.Equal(new IngestCounts(Added: 3, Replaced: 0, Unchanged: 0, Failed: 2), summary.Counts);
        Assert.Equal(["a", "b", "d"], store.Documents().Select(d => d.Document.Id));
        Assert.Equal(2, summary.Failures.Count);
        Assert.Contains(summary.Failures, f => f.Input == "dump.jsonl:3" && f.Reason == "invalid JSON");
        Assert.Contains(summary.Failures, f => f.Input == "reports/c.txt" && f.Reason.Contains("document c could not be analysed"));
        Assert.False(summary.Succeeded);
    }

    [Fact]
    public void Ingesting_the_same_reports_again_analyses_nothing_and_changes_nothing()
    {
        Ingester().Run(Inputs("a:Riot in Khujand.", "b:Clash in Osh."));
        int analysedBefore = incidents.Calls;

        var again = Ingester().Run(Inputs("a:Riot in Khujand.", "b:Clash in Osh."));

        Assert.Equal(new IngestCounts(0, 0, 2, 0), again.Counts);
        Assert.Equal(analysedBefore, incidents.Calls);
        Assert.False(again.Fused);
    }

    [Fact]
    public void A_changed_report_is_analysed_again_and_replaces_the_old_one()
    {
        Ingester().Run(Inputs("a:Riot in Khujand.", "b:Clash in Osh."));

        var summary = Ingester().Run(Inputs("a:Riot in Khujand.", "b:Clash in Osh left five dead."));

        Assert.Equal(new IngestCounts(0, 1, 1, 0), summary.Counts);
        Assert.Equal("Clash in Osh left five dead.", store.Document("b")!.Document.Text);
        Assert.True(summary.Fused);
    }

    [Fact]
    public void A_new_pipeline_analyses_every_report_again()
    {
        Ingester("v1").Run(Inputs("a:Riot in Khujand."));

        var summary = Ingester("v2").Run(Inputs("a:Riot in Khujand."));

        Assert.Equal(new IngestCounts(0, 1, 0, 0), summary.Counts);
        Assert.Equal("v2", store.KnowledgeFusedWith);
    }

    [Fact]
    public void A_new_pipeline_fuses_the_stored_reports_it_did_not_analyse_again_with_those_it_did()
    {
        Ingester("v1").Run(Inputs("a:Riot in Khujand.", "b:Clash in Osh."));

        var summary = Ingester("v2").Run(Inputs("a:Riot in Khujand, told again."));

        Assert.True(summary.Fused);
        Assert.Equal("v2", store.KnowledgeFusedWith);
        Assert.Equal(new Dictionary<string, int> { ["a"] = "Riot in Khujand, told again.".Length, ["b"] = "Clash in Osh.".Length }, FusedReportEnds());
        AssertFusedAsTheStoredDocumentsFuse("v2");
    }

    [Fact]
    public void Every_finding_reaches_the_store()
    {
        var summary = Ingester().Run(Enumerable.Range(0, 300).Select(i => DocumentReadResult.Read(Reports.Document($"r{i:000}", $"Report number {i} about Kulob."))));

        Assert.Equal(300, summary.Counts.Added);
        Assert.Equal(300, summary.DocumentsInBase);
        Assert.All(store.AllFindings(), f => Assert.Equal(f.DocumentId, Assert.Single(f.Incidents).DocumentId));
    }

    [Fact]
    public void An_interrupted_run_is_completed_by_the_next_one()
    {
        // A run that stored documents but died before fusing leaves the knowledge base marked stale.
        store.Save([Reports.Entry(Reports.Document("a", "Riot in Khujand.")) with { PipelineVersion = "v1" }]);

        var summary = Ingester().Run(Inputs("a:Riot in Khujand."));

        Assert.Equal(1, summary.Counts.Unchanged);
        Assert.True(summary.Fused);
        Assert.Equal("v1", store.KnowledgeFusedWith);
    }

    [Fact]
    public void A_report_that_could_not_be_stored_contributes_nothing_and_its_stored_version_stays_fused()
    {
        Ingester().Run(Inputs("a:Riot in Khujand.", "b:Clash in Osh."));

        var summary = Ingester().Run(Inputs("a:UNSTORABLE riot in Khujand, told at greater length.", "c:Protest in Bishkek.", "d:UNSTORABLE clash in Isfara."));

        Assert.Equal(new IngestCounts(Added: 1, Replaced: 0, Unchanged: 0, Failed: 2), summary.Counts);
        Assert.Equal(["a", "b", "c"], FusedReportEnds().Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Riot in Khujand.".Length, FusedReportEnds()["a"]);
        AssertFusedAsTheStoredDocumentsFuse();
    }

    [Fact]
    public void A_changed_report_is_fused_with_its_new_findings_only()
    {
        Ingester().Run(Inputs("a:Riot in Khujand.", "b:Clash in Osh."));

        Ingester().Run(Inputs("b:Clash in Osh left five dead."));

        Assert.Equal(["a", "b"], FusedReportEnds().Keys.Order(StringComparer.Ordinal));
        Assert.Equal("Clash in Osh left five dead.".Length, FusedReportEnds()["b"]);
        AssertFusedAsTheStoredDocumentsFuse();
    }

    [Fact]
    public void A_report_given_twice_in_one_run_is_fused_in_the_version_that_was_stored()
    {
        var summary = Ingester().Run(Inputs("a:Riot in Khujand.", "b:Clash in Osh.", "a:Riot in Khujand left three dead."));

        Assert.Equal(2, summary.Counts.Added);
        Assert.Equal(store.Document("a")!.Document.Text.Length, FusedReportEnds()["a"]);
        AssertFusedAsTheStoredDocumentsFuse();
    }

    [Fact]
    public void A_runs_knowledge_is_the_same_whether_its_findings_come_straight_from_analysis_or_back_from_the_store()
    {
        var summary = Pamir.Storage.Ingestion.Ingester.Default(store).Run(DocumentSources.Read(Documents.SampleCorpusTests.SamplesFolder()));

        Assert.True(summary.Succeeded);
        Assert.NotEmpty(store.Knowledge().Incidents);
        Assert.NotEmpty(store.Knowledge().Relations);
        AssertFusedAsTheStoredDocumentsFuse(PipelineVersion.Current);
    }

    /// <summary>Each fused report's document, with where its evidence ends (the whole text, as the extractor below finds it).</summary>
    private Dictionary<string, int> FusedReportEnds() =>
        store.Knowledge().Incidents.SelectMany(i => i.Reports).ToDictionary(r => r.DocumentId, r => r.Evidence[0].End);

    /// <summary>The knowledge a run fused is what fusing every stored document's findings, read back from the store, gives: that refresh writes nothing.</summary>
    private void AssertFusedAsTheStoredDocumentsFuse(string version = "v1")
    {
        string fused = KnowledgeJson.Of(store.Knowledge());

        var writes = KnowledgeRefresh.Run(store, ReferenceData.Shared, version);

        Assert.Equal(0, writes.Touched);
        Assert.Equal(fused, KnowledgeJson.Of(store.Knowledge()));
    }

    /// <summary>Finds one riot per report, and breaks on reports that ask it to.</summary>
    private sealed class CountingExtractor : IFindingExtractor<IncidentReport>
    {
        private int calls;

        public int Calls => Volatile.Read(ref calls);

        public IReadOnlyList<IncidentReport> Extract(AnalyzedDocument document)
        {
            Interlocked.Increment(ref calls);
            if (document.Text.StartsWith("CRASH", StringComparison.Ordinal)) throw new InvalidOperationException("the analyser broke");
            var riot = Reports.Riot(document.Id) with { Evidence = [new TextSpan(0, document.Text.Length)] };
            // A coordinate that is not a number cannot be written as JSON, so the store refuses the document.
            if (document.Text.StartsWith("UNSTORABLE", StringComparison.Ordinal)) riot = riot with { Place = riot.Place! with { Latitude = double.NaN } };
            return [riot];
        }
    }

    private sealed class None<T> : IFindingExtractor<T>
    {
        public IReadOnlyList<T> Extract(AnalyzedDocument document) => [];
    }
}
