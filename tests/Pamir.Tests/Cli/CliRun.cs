using Pamir.Cli;

namespace Pamir.Tests.Cli;

/// <summary>What one in-process `pamir` run returned and printed.</summary>
internal sealed record CliRun(int Exit, string Output, string Error)
{
    public static CliRun Of(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        int exit = PamirCli.Run(args, output, error);
        return new CliRun(exit, output.ToString(), error.ToString());
    }

    public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
