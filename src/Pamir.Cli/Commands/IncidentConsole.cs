using Spectre.Console;

namespace Pamir.Cli.Commands;

/// <summary>
/// A Spectre console over a command's output: colours only for a person at a terminal, and a
/// wide fixed width otherwise, so that tables written to a file or a pipe are not wrapped at 80 columns.
/// </summary>
internal static class IncidentConsole
{
    private const int RedirectedWidth = 200;

    public static IAnsiConsole For(CommandContext context)
    {
        bool terminal = context.OutputIsTerminal;
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Out = new AnsiConsoleOutput(context.Output),
            Ansi = terminal ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = terminal ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
        });
        if (!terminal) console.Profile.Width = RedirectedWidth;
        return console;
    }

    /// <summary>A toll with its range over sources: "29 (29–32)", "32", or "–" when no source gives one.</summary>
    public static string Fatalities(int? fatalities, int? min, int? max) => fatalities switch
    {
        null => "–",
        int f when min is int lo && max is int hi && lo != hi => $"{f} ({lo}–{hi})",
        int f => f.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };
}
