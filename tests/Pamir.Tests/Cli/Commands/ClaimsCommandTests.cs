using System.Text.Json;

namespace Pamir.Tests.Cli.Commands;

public sealed class ClaimsCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public ClaimsCommandTests()
    {
        folder.Write("in/first.txt", "Kyrgyzstan at a glance\nKyrgyzstan has a population of seven million. Remittances make up 30% of Kyrgyzstan's GDP.");
        folder.Write("in/second.txt", "Migrants and money\nRemittances make up 48% of Kyrgyzstan's GDP, the bank says.");
        CliRun.Of("ingest", folder.File("in"), "--db", Db);
    }

    public void Dispose() => folder.Dispose();

    private string Db => folder.File("kb.db");

    [Fact]
    public void Figures_about_one_measure_are_listed_together_with_their_spread_and_a_conflict_flag()
    {
        var run = CliRun.Of("claims", "GDP", "--db", Db);

        Assert.Equal(0, run.Exit);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("remittances as a share of Kyrgyzstan's GDP (%): 30–48, 2 sources  CONFLICT: sources disagree beyond rounding", lines[0]);
        Assert.Contains(lines, l => l.Contains("30%") && l.Contains("first"));
        Assert.Contains(lines, l => l.Contains("48%") && l.Contains("second"));
    }

    [Fact]
    public void Groups_can_be_read_as_json()
    {
        var run = CliRun.Of("claims", "population", "--db", Db, "--json");

        using var groups = JsonDocument.Parse(run.Output);
        var group = Assert.Single(groups.RootElement.EnumerateArray().ToList());
        Assert.Equal("population of Kyrgyzstan", group.GetProperty("measure").GetString());
        Assert.Equal(7_000_000, group.GetProperty("claims")[0].GetProperty("value").GetDouble());
    }

    [Fact]
    public void A_measure_nobody_quoted_is_reported_on_the_error_stream()
    {
        var run = CliRun.Of("claims", "tunnel", "--db", Db);

        Assert.Equal(0, run.Exit);
        Assert.Contains("No key figure about \"tunnel\"", run.Error);
    }
}
