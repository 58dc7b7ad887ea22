namespace Pamir.Tests.Cli.Commands;

public sealed class RemoveCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public RemoveCommandTests()
    {
        folder.Write("in/khujand.txt", "Prison riot in Khujand\nTwenty-one inmates died when a riot broke out in the Khujand prison.");
        folder.Write("in/osh.txt", "Clashes in Osh\nBorder guards exchanged fire near Osh.");
        CliRun.Of("ingest", folder.File("in"), "--db", Db);
    }

    public void Dispose() => folder.Dispose();

    private string Db => folder.File("kb.db");

    [Fact]
    public void A_removed_report_is_no_longer_found()
    {
        var run = CliRun.Of("remove", "osh", "--db", Db);

        Assert.Equal(0, run.Exit);
        Assert.Contains("Removed osh", run.Output);
        Assert.Empty(CliRun.Of("search", "Osh", "--db", Db).Output);
    }

    [Fact]
    public void Removing_an_unknown_id_fails_and_names_it()
    {
        var run = CliRun.Of("remove", "no-such-report", "khujand", "--db", Db);

        Assert.Equal(1, run.Exit);
        Assert.Contains("no-such-report", run.Error);
        Assert.Contains("Removed khujand", run.Output);
    }
}
