namespace Pamir.Tests.Cli.Commands;

public sealed class DemoCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    [Fact]
    public void The_demo_ingests_the_samples_into_a_fresh_base_each_time_and_lists_them()
    {
        folder.Write("samples/khujand.txt", "Prison riot in Khujand\nTwenty-one inmates died when a riot broke out in the Khujand prison.");
        folder.Write("samples/osh.txt", "Clashes in Osh\nBorder guards exchanged fire near Osh.");
        string db = folder.File("out/demo.db");

        var first = CliRun.Of("demo", "--samples", folder.File("samples"), "--db", db);
        var second = CliRun.Of("demo", "--samples", folder.File("samples"), "--db", db);

        Assert.Equal(0, second.Exit);
        Assert.Equal(0, first.Exit);
        Assert.Contains("Ingested 2 sample reports", second.Output);
        Assert.Contains("khujand", second.Output);
        Assert.Contains("Clashes in Osh", second.Output);
    }

    [Fact]
    public void Missing_samples_are_an_error()
    {
        var run = CliRun.Of("demo", "--samples", folder.File("nowhere"), "--db", folder.File("demo.db"));

        Assert.Equal(1, run.Exit);
        Assert.Contains("nowhere", run.Error);
    }
}
