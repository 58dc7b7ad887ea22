using System.Collections.Frozen;
using System.Reflection;

namespace Pamir.Core.Incidents.Lexicon;

/// <summary>
/// The event lexicon (data/lexicons/events.tsv, embedded): trigger phrases mapped to ACLED event
/// types, and the cues that qualify them. Looked up word by word over the text with no allocation:
/// entries are indexed by their first word, longest phrase first.
/// </summary>
public sealed class EventLexicon
{
    private const string ResourceName = "Pamir.Core.Data.events.tsv";

    // Entries are grouped by first word, longest phrase first; a word of text is looked up once
    // and keeps its group's number, with the group's classes as bits beside it.
    private readonly LexiconEntry[][] groups;
    private readonly int[] groupClasses;
    private readonly FrozenDictionary<string, int>.AlternateLookup<ReadOnlySpan<char>> lookup;
    // Most words of a text start no phrase: the filter turns them away before the dictionary hashes them.
    private readonly Text.WordFilter? filter;

    public EventLexicon(IEnumerable<LexiconEntry> entries)
    {
        var byFirstWord = entries
            .GroupBy(e => e.Words[0], StringComparer.OrdinalIgnoreCase)
            .Select(g => (Word: g.Key, Entries: g.OrderByDescending(e => e.Words.Count).ToArray()))
            .ToList();
        groups = byFirstWord.Select(g => g.Entries).ToArray();
        groupClasses = groups.Select(ClassesOf).ToArray();
        var numbers = byFirstWord.Select((g, i) => KeyValuePair.Create(g.Word, i + 1)).ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
        lookup = numbers.GetAlternateLookup<ReadOnlySpan<char>>();
        filter = Lexicons.FirstWordFilter.For(numbers.Keys);
        Entries = groups.SelectMany(e => e).ToArray();
    }

    public IReadOnlyList<LexiconEntry> Entries { get; }

    /// <summary>The lexicon shipped inside the assembly.</summary>
    public static EventLexicon LoadEmbedded()
    {
        using var stream = typeof(EventLexicon).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new InvalidOperationException($"embedded resource {ResourceName} is missing from {typeof(EventLexicon).Assembly.GetName().Name}");
        using var reader = new StreamReader(stream);
        return Parse(reader, "events.tsv");
    }

    /// <summary>Reads the tab-separated format described at the top of data/lexicons/events.tsv.</summary>
    public static EventLexicon Parse(TextReader reader, string sourceName)
    {
        var entries = new List<LexiconEntry>();
        int lineNumber = 0;
        while (reader.ReadLine() is { } line)
        {
            lineNumber++;
            if (line.Length == 0 || line[0] == '#' || string.IsNullOrWhiteSpace(line)) continue;
            entries.Add(ParseLine(line, sourceName, lineNumber));
        }
        return new EventLexicon(entries);
    }

    private static LexiconEntry ParseLine(string line, string sourceName, int lineNumber)
    {
        string[] cols = line.Split('\t');
        string Where() => $"{sourceName} line {lineNumber}";
        var words = cols[0].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length == 0) throw new FormatException($"{Where()}: empty phrase");
        if (cols.Length < 2 || !Enum.TryParse<LexiconClass>(cols[1], ignoreCase: true, out var cls))
            throw new FormatException($"{Where()}: unknown class '{(cols.Length > 1 ? cols[1] : "")}' for '{cols[0]}'");
        EventType? type = null;
        string? sub = null;
        if (cols.Length > 2 && cols[2].Length > 0)
            type = EventTypeNames.FromAcled(cols[2]) ?? throw new FormatException($"{Where()}: unknown event type '{cols[2]}'");
        if (cols.Length > 3 && cols[3].Length > 0) sub = cols[3];
        if (cls is LexiconClass.Event or LexiconClass.Kill or LexiconClass.War or LexiconClass.Refine && (type is null || sub is null))
            throw new FormatException($"{Where()}: '{cols[0]}' needs an event type and a sub-event type");
        var flags = LexiconFlags.None;
        EventType? retype = null;
        if (cols.Length > 4)
        {
            foreach (var flag in cols[4].Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (flag.StartsWith("retype=", StringComparison.Ordinal))
                {
                    retype = EventTypeNames.FromAcled(flag["retype=".Length..]) ?? throw new FormatException($"{Where()}: unknown event type in '{flag}'");
                    continue;
                }
                flags |= flag switch
                {
                    "v" => LexiconFlags.Verb,
                    "plural" => LexiconFlags.Plural,
                    "weak" => LexiconFlags.Weak,
                    "hurt" => LexiconFlags.Hurt,
                    "near" => LexiconFlags.Near,
                    _ => throw new FormatException($"{Where()}: unknown flag '{flag}'"),
                };
            }
        }
        return new LexiconEntry(words, cls, type, sub, flags, retype);
    }

    /// <summary>The number of the group of entries whose phrase starts with this word (see <see cref="Group"/>), or 0 when none does.</summary>
    public int GroupOf(ReadOnlySpan<char> word) =>
        (filter is null || filter.MayContain(word)) && lookup.TryGetValue(word, out int group) ? group : 0;

    /// <summary>The entries of a group (a number from <see cref="GroupOf"/> above 0), longest phrase first.</summary>
    public LexiconEntry[] Group(int group) => groups[group - 1];

    /// <summary>The classes of a group's entries as bits (<see cref="Bit"/>); 0 for no group.</summary>
    public int ClassesOfGroup(int group) => group == 0 ? 0 : groupClasses[group - 1];

    /// <summary>One bit per <see cref="LexiconClass"/> of the entries, so a caller can tell at once that no entry of a class is there.</summary>
    private static int ClassesOf(LexiconEntry[] entries)
    {
        int classes = 0;
        foreach (var e in entries) classes |= Bit(e.Class);
        return classes;
    }

    public static int Bit(LexiconClass cls) => 1 << (int)cls;

    /// <summary>True when the entry's phrase is found at word i (its first word is taken as matched).</summary>
    public static bool MatchesAt(LexiconEntry entry, string text, ReadOnlySpan<Text.TextWord> words, int i)
    {
        var phrase = entry.Words;
        if (i + phrase.Count > words.Length) return false;
        for (int k = 1; k < phrase.Count; k++)
            if (!words[i + k].In(text).Equals(phrase[k], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }
}
