using System.CommandLine;

namespace Pamir.Cli;

/// <summary>Options several commands share; each command gets its own instance.</summary>
internal static class CommonOptions
{
    public const string DatabaseVariable = "PAMIR_DB";

    public static Option<string> Database() => new("--db")
    {
        Description = $"The knowledge base file (default: ${DatabaseVariable}, else pamir.db in the current folder)",
        HelpName = "FILE",
        DefaultValueFactory = _ => Environment.GetEnvironmentVariable(DatabaseVariable) is { Length: > 0 } path ? path : "pamir.db",
    };

    public static Option<bool> Json(string what) => new("--json")
    {
        Description = $"Print {what} as JSON on standard output",
    };
}
