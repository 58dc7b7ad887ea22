using System.Text.Json;

namespace Pamir.Tests.Cli.Commands;

public sealed class IngestCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private string Db => folder.File("kb.db");

    private void WriteReports()
    {
        folder.Write("in/khujand.txt", "Prison riot in Khujand\nTwenty-one inmates died when a riot broke out in the Khujand prison.");
        folder.Write("in/nested/osh.txt", "Clashes in Osh\nBorder guards exchanged fire near Osh.");
    }

    [Fact]
    public void Ingesting_a_folder_stores_its_reports_and_sums_up()
    {
        WriteReports();

        var run = CliRun.Of("ingest", folder.File("in"), "--db", Db);

        Assert.Equal(0, run.Exit);
        Assert.Contains("2 added, 0 replaced, 0 unchanged, 0 failed", run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void Ingesting_again_changes_nothing()
    {
        WriteReports();
        CliRun.Of("ingest", folder.File("in"), "--db", Db);

        var run = CliRun.Of("ingest", folder.File("in"), "--db", Db, "--json");

        Assert.Equal(0, run.Exit);
        using var summary = JsonDocument.Parse(run.Output);
        Assert.Equal(0, summary.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(2, summary.RootElement.GetProperty("unchanged").GetInt32());
        Assert.False(summary.RootElement.GetProperty("fused").GetBoolean());
    }

    [Fact]
    public void Each_bad_input_gets_one_error_line_and_the_rest_is_ingested()
    {
        WriteReports();
        string empty = folder.Write("in/empty.txt", "");
        string missing = folder.File("nowhere.txt");

        var run = CliRun.Of("ingest", folder.File("in"), missing, "--db", Db, "--json");

        Assert.Equal(1, run.Exit);
        Assert.Equal(2, run.ErrorLines.Length);
        Assert.Contains(run.ErrorLines, line => line.StartsWith(empty + ":", StringComparison.Ordinal));
        Assert.Contains(run.ErrorLines, line => line.StartsWith(missing + ":", StringComparison.Ordinal));
        using var summary = JsonDocument.Parse(run.Output);
        Assert.Equal(2, summary.RootElement.GetProperty("added").GetInt32());
        Assert.Equal(2, summary.RootElement.GetProperty("failed").GetInt32());
        Assert.Equal(2, summary.RootElement.GetProperty("failures").GetArrayLength());
    }

    [Fact]
    public void A_knowledge_base_that_cannot_be_opened_is_an_error_naming_it()
    {
        WriteReports();
        string notADatabase = folder.Write("notes.db", "plain notes, not a database");

        var run = CliRun.Of("ingest", folder.File("in"), "--db", notADatabase);

        Assert.Equal(1, run.Exit);
        Assert.Contains(notADatabase, run.Error);
    }
}
