using System.CommandLine;

namespace Pamir.Cli;

/// <summary>The `pamir` command line: parses, reports usage errors with exit code 2, and runs the chosen command.</summary>
public static class PamirCli
{
    public static RootCommand CreateRoot()
    {
        var root = new RootCommand("Pamir: turns open-source reports into a sourced knowledge base of incidents, actors, relations and key figures.");
        foreach (var create in PamirCommands.All) root.Subcommands.Add(create());
        return root;
    }

    /// <summary>Runs one command line, writing results to <paramref name="output"/> and errors and progress to <paramref name="error"/>.</summary>
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var parsed = CreateRoot().Parse(args);
        var configuration = new InvocationConfiguration { Output = output, Error = error };
        if (parsed.Errors.Count > 0)
        {
            foreach (var problem in parsed.Errors) error.WriteLine($"pamir: {problem.Message}");
            var command = parsed.CommandResult.Command;
            error.WriteLine($"Run '{(command is RootCommand ? "pamir" : $"pamir {command.Name}")} --help' for usage.");
            return ExitCodes.Usage;
        }
        return parsed.Invoke(configuration);
    }
}
