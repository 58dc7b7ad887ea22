using System.CommandLine;
using Microsoft.Data.Sqlite;
using Pamir.Storage.Sqlite;

namespace Pamir.Cli;

/// <summary>
/// What a running command needs from the command line: its parsed values, where to write results
/// and errors, and the knowledge base. Failures that are not the user's typing (a missing or
/// corrupt base, an unwritable file) become one line on the error stream and exit code 1.
/// </summary>
internal sealed class CommandContext(ParseResult parsed)
{
    public ParseResult Parsed { get; } = parsed;
    public TextWriter Output { get; } = parsed.InvocationConfiguration.Output;
    public TextWriter Error { get; } = parsed.InvocationConfiguration.Error;

    /// <summary>Whether errors go to a person at a terminal, who is shown progress.</summary>
    public bool ErrorIsTerminal => ReferenceEquals(Error, Console.Error) && !Console.IsErrorRedirected;

    /// <summary>Whether results go to a person at a terminal, who is shown highlights in colour.</summary>
    public bool OutputIsTerminal => ReferenceEquals(Output, Console.Out) && !Console.IsOutputRedirected;

    public T Get<T>(Option<T> option) => Parsed.GetValue(option)!;

    public T Get<T>(Argument<T> argument) => Parsed.GetValue(argument)!;

    /// <summary>Opens the base at the --db path; when it must already exist and does not, says so.</summary>
    public SqliteKnowledgeStore? OpenStore(Option<string> database, bool mustExist)
    {
        string path = Get(database);
        if (mustExist && !File.Exists(path))
        {
            Fail($"{path}: no knowledge base here; run 'pamir ingest PATH --db {path}' first");
            return null;
        }
        return SqliteKnowledgeStore.Open(path);
    }

    public int Fail(string message)
    {
        Error.WriteLine($"pamir: {message}");
        return ExitCodes.Failed;
    }

    /// <summary>Sets a command's action, turning environment failures into an error line and exit code 1.</summary>
    public static void SetAction(Command command, Func<CommandContext, int> action) =>
        command.SetAction(parsed =>
        {
            var context = new CommandContext(parsed);
            try
            {
                return action(context);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException or SqliteException)
            {
                return context.Fail(e.Message);
            }
        });
}
