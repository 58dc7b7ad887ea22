using System.Text.Json;

namespace Pamir.Tests.Cli.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public ExportCommandTests()
    {
        folder.Write("in/khujand.txt", "Prison riot in Khujand\nTwenty-one inmates died when a riot broke out in the Khujand prison.");
        folder.Write("in/osh.txt", "Clashes in Osh\nBorder guards exchanged fire near Osh.");
        CliRun.Of("ingest", folder.File("in"), "--db", Db);
    }

    public void Dispose() => folder.Dispose();

    private string Db => folder.File("kb.db");

    [Fact]
    public void The_export_file_holds_every_document_with_its_text()
    {
        string path = folder.File("out/export.json");

        var run = CliRun.Of("export", "--format", "json", "--db", Db, "--out", path);

        Assert.Equal(0, run.Exit);
        using var export = JsonDocument.Parse(File.ReadAllText(path));
        var documents = export.RootElement.GetProperty("documents").EnumerateArray().ToList();
        Assert.Equal(["khujand", "osh"], documents.Select(d => d.GetProperty("id").GetString()));
        Assert.StartsWith("Prison riot in Khujand", documents[0].GetProperty("text").GetString());
        Assert.Contains("2 documents", run.Error);
        Assert.False(File.Exists(path + ".partial"));
    }

    [Fact]
    public void Without_a_file_the_export_goes_to_standard_output()
    {
        var run = CliRun.Of("export", "--db", Db);

        Assert.Equal(0, run.Exit);
        using var export = JsonDocument.Parse(run.Output);
        Assert.Equal(2, export.RootElement.GetProperty("documents").GetArrayLength());
        Assert.Equal(JsonValueKind.Array, export.RootElement.GetProperty("incidents").ValueKind);
    }
}
