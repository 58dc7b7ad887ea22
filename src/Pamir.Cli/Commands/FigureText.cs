using System.Globalization;

namespace Pamir.Cli.Commands;

/// <summary>How the commands print a quoted figure: thousands separated, at most two decimals, whatever the user's culture.</summary>
internal static class FigureText
{
    public static string Number(double value) => value.ToString("#,0.##", CultureInfo.InvariantCulture);
}
