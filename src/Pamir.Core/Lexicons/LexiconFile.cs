using System.Reflection;

namespace Pamir.Core.Lexicons;

/// <summary>
/// Reads a tab-separated lexicon shipped inside the assembly (data/lexicons/*.tsv): one entry per
/// line, '#' starts a comment, blank lines are ignored.
/// </summary>
public static class LexiconFile
{
    public static IReadOnlyList<string[]> ReadEmbedded(string name, int minColumns)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("lexicons/" + name)
            ?? throw new InvalidOperationException($"lexicon '{name}' is not embedded in {Assembly.GetExecutingAssembly().GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(name, reader.ReadToEnd(), minColumns);
    }

    public static IReadOnlyList<string[]> Parse(string name, string content, int minColumns)
    {
        var rows = new List<string[]>();
        int lineNumber = 0;
        foreach (var raw in content.Split('\n'))
        {
            lineNumber++;
            var line = raw.TrimEnd('\r');
            if (line.Length == 0 || line.TrimStart().StartsWith('#')) continue;
            var columns = line.Split('\t').Select(c => c.Trim()).ToArray();
            if (columns.Length < minColumns || columns.Take(minColumns).Any(c => c.Length == 0))
                throw new FormatException($"lexicon '{name}' line {lineNumber}: expected {minColumns} tab-separated columns, got '{line}'");
            rows.Add(columns);
        }
        return rows;
    }
}
