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

    /// <summary>A count that must be 1 or more ("--limit 0" is a usage error, like "--limit many").</summary>
    public static Option<int> Positive(string name, string description, int defaultValue)
    {
        var option = new Option<int>(name)
        {
            Description = description,
            HelpName = "N",
            DefaultValueFactory = _ => defaultValue,
        };
        option.Validators.Add(result =>
        {
            // Only a number that parsed is checked here; the parser already reports one that did not.
            if (result.Tokens.Count == 1 && int.TryParse(result.Tokens[0].Value, out int value) && value < 1)
                result.AddError($"{name} must be at least 1");
        });
        return option;
    }

    public static Option<bool> Json(string what) => new("--json")
    {
        Description = $"Print {what} as JSON on standard output",
    };
}
