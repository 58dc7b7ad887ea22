using System.Text.Json;

namespace Pamir.Tests.Cli.Commands;

public sealed class SearchCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public SearchCommandTests()
    {
        folder.Write("in/khujand.txt", "Prison riot in Khujand\nTwenty-one inmates died when a riot broke out in the Khujand prison.");
        folder.Write("in/osh.txt", "Clashes in Osh\nBorder guards exchanged fire near Osh.");
        CliRun.Of("ingest", folder.File("in"), "--db", Db);
    }

    public void Dispose() => folder.Dispose();

    private string Db => folder.File("kb.db");

    [Fact]
    public void Hits_show_id_title_date_and_the_match_highlighted()
    {
        var run = CliRun.Of("search", "riot", "--db", Db);

        Assert.Equal(0, run.Exit);
        var lines = run.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("1. khujand  date unknown  Prison riot in Khujand", lines[0]);
        Assert.Contains("[riot]", lines[1]);
        Assert.Equal(2, lines.Length);
    }

    [Fact]
    public void Hits_can_be_read_as_json()
    {
        var run = CliRun.Of("search", "Osh", "--db", Db, "--json", "--limit", "5");

        using var hits = JsonDocument.Parse(run.Output);
        Assert.Equal("osh", hits.RootElement.EnumerateArray().Single().GetProperty("id").GetString());
    }

    [Fact]
    public void No_hit_is_said_on_the_error_stream_and_is_not_a_failure()
    {
        var run = CliRun.Of("search", "earthquake", "--db", Db);

        Assert.Equal(0, run.Exit);
        Assert.Empty(run.Output);
        Assert.Contains("earthquake", run.Error);
    }

    [Fact]
    public void Searching_a_base_that_does_not_exist_says_how_to_make_one()
    {
        string missing = folder.File("missing.db");

        var run = CliRun.Of("search", "riot", "--db", missing);

        Assert.Equal(1, run.Exit);
        Assert.Contains("pamir ingest", run.Error);
        Assert.False(File.Exists(missing));
    }
}
