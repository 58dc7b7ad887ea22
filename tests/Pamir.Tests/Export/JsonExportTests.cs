using System.Text.Json;
using Pamir.Core.Documents;
using Pamir.Core.Export;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Time;
using Pamir.Tests.Storage;

namespace Pamir.Tests.Export;

public sealed class JsonExportTests
{
    private static JsonElement Export(IEnumerable<SourceDocument> documents, FusedKnowledge knowledge)
    {
        using var stream = new MemoryStream();
        JsonExport.Write(stream, documents, knowledge);
        return JsonDocument.Parse(stream.ToArray()).RootElement.Clone();
    }

    private static JsonElement ExportSample() => Export(
        [Reports.Document("a", "Eleven inmates died in the Khujand riot.", "Riot in Khujand", new FuzzyDate(2018, 11, 8)), Reports.Document("b", "Ни одного погибшего.")],
        Reports.Knowledge());

    private static string[] Keys(JsonElement element) => element.EnumerateObject().Select(p => p.Name).ToArray();

    [Fact]
    public void The_export_has_the_five_sections_of_the_contract()
    {
        var export = ExportSample();

        Assert.Equal(["documents", "incidents", "actors", "relations", "claims", "claim_groups"], Keys(export));
    }

    [Fact]
    public void A_document_carries_its_id_source_title_date_and_clean_text()
    {
        var documents = ExportSample().GetProperty("documents");

        var dated = documents[0];
        Assert.Equal(["id", "source", "url", "title", "published", "published_source", "content_hash", "text"], Keys(dated));
        Assert.Equal("2018-11-08", dated.GetProperty("published").GetString());
        Assert.Equal("metadata", dated.GetProperty("published_source").GetString());
        Assert.Equal("Eleven inmates died in the Khujand riot.", dated.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Null, documents[1].GetProperty("published").ValueKind);
        Assert.Equal("unknown", documents[1].GetProperty("published_source").GetString());
        Assert.Equal("Ни одного погибшего.", documents[1].GetProperty("text").GetString());
    }

    [Fact]
    public void An_incident_has_its_reconciled_fields_and_each_sources_report()
    {
        var incident = ExportSample().GetProperty("incidents")[0];

        foreach (string key in (string[])["id", "event_type", "sub_event_type", "date", "date_precision", "country", "location", "latitude", "longitude", "fatalities", "fatalities_min", "fatalities_max", "actors", "reports", "conflicts", "flags"])
            Assert.True(incident.TryGetProperty(key, out _), $"incident lacks {key}");
        Assert.Equal("Riots", incident.GetProperty("event_type").GetString());
        Assert.Equal("2018-11-07", incident.GetProperty("date").GetString());
        Assert.Equal("day", incident.GetProperty("date_precision").GetString());
        Assert.Equal("TJ", incident.GetProperty("country").GetString());
        Assert.Equal(21, incident.GetProperty("fatalities").GetInt32());
        Assert.Equal(["a"], incident.GetProperty("conflicts")[0].GetProperty("values").GetProperty("21").EnumerateArray().Select(e => e.GetString()));

        var report = incident.GetProperty("reports")[1];
        foreach (string key in (string[])["document", "date", "location", "country", "latitude", "longitude", "fatalities", "evidence"])
            Assert.True(report.TryGetProperty(key, out _), $"report lacks {key}");
        Assert.Equal("b", report.GetProperty("document").GetString());
        Assert.Equal(26, report.GetProperty("fatalities").GetInt32());
        Assert.Equal(20, report.GetProperty("evidence")[0].GetProperty("end").GetInt32());
    }

    [Fact]
    public void A_year_is_exported_with_year_precision()
    {
        var incident = ExportSample().GetProperty("incidents")[1];

        Assert.Equal("2010", incident.GetProperty("date").GetString());
        Assert.Equal("year", incident.GetProperty("date_precision").GetString());
        Assert.Equal(JsonValueKind.Null, incident.GetProperty("fatalities").ValueKind);
    }

    [Fact]
    public void A_war_dated_only_to_the_1990s_claims_no_year()
    {
        var knowledge = Reports.Knowledge();
        var war = knowledge.Incidents[1] with { Id = "civil-war", Date = new FuzzyDate(1990, IsDecade: true) };
        var incident = Export([], knowledge with { Incidents = [war] }).GetProperty("incidents")[0];

        Assert.Equal(JsonValueKind.Null, incident.GetProperty("date").ValueKind);
        Assert.Equal("1990s", incident.GetProperty("date_decade").GetString());
        Assert.Equal("decade", incident.GetProperty("date_precision").GetString());
    }

    [Fact]
    public void Actor_kinds_and_relation_types_are_snake_case()
    {
        var export = ExportSample();

        var group = export.GetProperty("actors")[1];
        Assert.Equal(["id", "name", "kind", "aliases", "country", "roles", "mention_count", "documents", "merges"], Keys(group));
        Assert.Equal("armed_group", group.GetProperty("kind").GetString());
        var relation = export.GetProperty("relations")[0];
        Assert.Equal("emomali-rahmon", relation.GetProperty("source").GetString());
        Assert.Equal("ally", relation.GetProperty("type").GetString());
    }

    [Fact]
    public void Every_claim_is_listed_with_its_source_and_group()
    {
        var claims = ExportSample().GetProperty("claims");

        Assert.Equal(2, claims.GetArrayLength());
        var claim = claims[1];
        foreach (string key in (string[])["document", "subject", "measure", "value", "unit", "upper", "qualifier", "evidence", "group"])
            Assert.True(claim.TryGetProperty(key, out _), $"claim lacks {key}");
        Assert.Equal("b", claim.GetProperty("document").GetString());
        Assert.Equal(1400, claim.GetProperty("value").GetDouble());
        Assert.Equal("km", claim.GetProperty("unit").GetString());
    }

    [Fact]
    public void An_empty_base_exports_empty_sections()
    {
        var export = Export([], FusedKnowledge.Empty);

        Assert.All(export.EnumerateObject(), section => Assert.Equal(0, section.Value.GetArrayLength()));
    }
}
