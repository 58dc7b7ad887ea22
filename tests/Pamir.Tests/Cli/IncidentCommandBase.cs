using Pamir.Cli;
using Pamir.Core.Documents;
using Pamir.Core.Incidents;
using Pamir.Core.Pipeline;
using Pamir.Core.Reference;
using Pamir.Core.Text;
using Pamir.Core.Time;
using Pamir.Storage;
using Pamir.Storage.Ingestion;
using Pamir.Storage.Sqlite;
using static Pamir.Tests.Fusion.IncidentReportFixtures;

namespace Pamir.Tests.Cli;

/// <summary>
/// A temporary base with three outlets' reports of the Vahdat prison riot (32, 29 and "dozens"
/// dead), one report of the Khujand riot, and a protest in Dushanbe, fused as ingest fuses them.
/// </summary>
public abstract class IncidentCommandBase : IDisposable
{
    protected const string WireText = "At least 32 people died on 19 May when Islamic State inmates rioted in a prison in Vahdat.";
    protected const string RadioText = "Twenty-nine people were killed in the Vahdat prison riot on Sunday, officials said.";
    protected const string BlogText = "Dozens died in the Vahdat riot. Last November a riot in Khujand left 26 dead. Protesters gathered in Dushanbe on 20 May.";

    protected string Database { get; } = Path.Combine(Path.GetTempPath(), $"pamir-incidents-{Guid.NewGuid():N}.db");

    protected IncidentCommandBase()
    {
        using var store = SqliteKnowledgeStore.Open(Database);
        store.Save(
        [
            Entry("wire", "Prison riot in Tajikistan", WireText,
                Report("wire", EventType.Riots, "2019-05-19", Vahdat, 32, perpetrators: ["Islamic State"], stated: "at least 32") with { Evidence = [new TextSpan(0, WireText.Length)] }),
            Entry("radio", "Riot toll", RadioText,
                Report("radio", EventType.Riots, "2019-05-19", Vahdat, 29, perpetrators: ["Islamic State"]) with { Evidence = [new TextSpan(0, RadioText.Length)] }),
            Entry("blog", "Unrest in Tajik prisons", BlogText,
                Report("blog", EventType.Riots, "2019-05-19", Vahdat, null, stated: "dozens") with { Evidence = [new TextSpan(0, 31)] },
                Report("blog", EventType.Riots, "2018-11", Khujand, 26, ordinal: 1) with { Evidence = [new TextSpan(32, 76)] },
                Report("blog", EventType.Protests, "2019-05-20", Dushanbe, null, ordinal: 2) with { Evidence = [new TextSpan(77, BlogText.Length)] }),
        ]);
        KnowledgeRefresh.Run(store, ReferenceData.Shared, "test");
    }

    private static AnalyzedEntry Entry(string id, string title, string text, params IncidentReport[] reports) => new(
        new SourceDocument
        {
            Id = id, Source = $"https://{id}.example.com/2019/05/21/story", Url = $"https://{id}.example.com/2019/05/21/story",
            Title = title, Text = text, Published = new FuzzyDate(2019, 5, 21), ContentHash = id,
        },
        DocumentFindings.Empty(id) with { Incidents = reports },
        "test");

    protected (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = PamirCli.Run([.. args, "--db", Database], output, error);
        return (exit, output.ToString(), error.ToString());
    }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        foreach (string suffix in (string[])["", "-wal", "-shm"]) File.Delete(Database + suffix);
    }
}
