using System.CommandLine;
using Pamir.Cli.Commands;

namespace Pamir.Cli;

/// <summary>Every `pamir` command, in the order `pamir --help` lists them. A new command is one line here.</summary>
internal static class PamirCommands
{
    public static IReadOnlyList<Func<Command>> All { get; } =
    [
        IngestCommand.Create,
        SearchCommand.Create,
        ActorsCommand.Create,
        ActorCommand.Create,
        ExportCommand.Create,
        RemoveCommand.Create,
        DemoCommand.Create,
        IncidentsCommand.Create,
        IncidentCommand.Create,
        AnnotateCommand.Create,
        ClaimsCommand.Create,
    ];
}
