using System.Text.Json;

namespace Pamir.Tests.Cli;

public class IncidentCommandTests : IncidentCommandBase
{
    private string VahdatId()
    {
        var (_, output, _) = Run("incidents", "--json");
        using var json = JsonDocument.Parse(output);
        return json.RootElement.GetProperty("incidents").EnumerateArray()
            .Single(i => i.GetProperty("location").GetString() == "Vahdat").GetProperty("id").GetString()!;
    }

    [Fact]
    public void Shows_each_sources_figures_side_by_side_with_its_evidence_sentence()
    {
        var (exit, output, _) = Run("incident", VahdatId());

        Assert.Equal(0, exit);
        Assert.Contains("Fatalities: 29 (29–32)", output);
        var wire = Assert.Single(output.Split('\n'), l => l.Contains("wire") && l.Contains("At least 32 people died"));
        Assert.Contains("32 (\"at least 32\") *", wire);
        Assert.Contains(output.Split('\n'), l => l.Contains("radio") && l.Contains("Twenty-nine people were killed"));
        Assert.Contains(output.Split('\n'), l => l.Contains("blog") && l.Contains("(\"dozens\")"));
    }

    [Fact]
    public void Lists_the_fields_sources_disagree_on_with_the_documents_behind_each_value()
    {
        var (_, output, _) = Run("incident", VahdatId());

        var line = Assert.Single(output.Split('\n'), l => l.TrimStart().StartsWith("fatalities:"));
        Assert.Contains("32 ← wire", line);
        Assert.Contains("29 ← radio", line);
    }

    [Fact]
    public void With_json_prints_the_incident_with_its_conflicts()
    {
        var (_, output, _) = Run("incident", VahdatId(), "--json");

        using var json = JsonDocument.Parse(output);
        var incident = Assert.Single(json.RootElement.GetProperty("incidents").EnumerateArray());
        var conflict = Assert.Single(incident.GetProperty("conflicts").EnumerateArray());
        Assert.Equal("fatalities", conflict.GetProperty("field").GetString());
    }

    [Fact]
    public void An_unknown_id_fails_with_one_line_naming_it()
    {
        var (exit, _, error) = Run("incident", "inc-000000000000");

        Assert.Equal(1, exit);
        Assert.Contains("inc-000000000000: no such incident", error);
    }
}
