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

    private readonly FrozenDictionary<string, LexiconEntry[]> byFirstWord;
    private readonly FrozenDictionary<string, LexiconEntry[]>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public EventLexicon(IEnumerable<LexiconEntry> entries)
    {
        byFirstWord = entries
            .GroupBy(e => e.Words[0], StringComparer.OrdinalIgnoreCase)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Words.Count).ToArray(), StringComparer.OrdinalIgnoreCase);
        lookup = byFirstWord.GetAlternateLookup<ReadOnlySpan<char>>();
        Entries = byFirstWord.Values.SelectMany(e => e).ToArray();
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

    /// <summary>The longest entry of the class whose phrase starts at word i, or null.</summary>
    public LexiconEntry? Longest(string text, IReadOnlyList<Word> words, int i, LexiconClass cls)
    {
        if (i < 0 || i >= words.Count || !lookup.TryGetValue(words[i].In(text), out var candidates)) return null;
        foreach (var entry in candidates)
            if (entry.Class == cls && MatchesAt(entry, text, words, i)) return entry;
        return null;
    }

    /// <summary>True when an entry of the class starts at word i.</summary>
    public bool Has(string text, IReadOnlyList<Word> words, int i, LexiconClass cls) => Longest(text, words, i, cls) is not null;

    /// <summary>True when an entry of the class ends at word i (its last word is word i).</summary>
    public bool EndsAt(string text, IReadOnlyList<Word> words, int i, LexiconClass cls, int maxWords = 4)
    {
        for (int start = i; start >= 0 && start > i - maxWords; start--)
        {
            if (!lookup.TryGetValue(words[start].In(text), out var candidates)) continue;
            foreach (var entry in candidates)
                if (entry.Class == cls && start + entry.Words.Count - 1 == i && MatchesAt(entry, text, words, start)) return true;
        }
        return false;
    }

    private static bool MatchesAt(LexiconEntry entry, string text, IReadOnlyList<Word> words, int i)
    {
        if (i + entry.Words.Count > words.Count) return false;
        for (int k = 1; k < entry.Words.Count; k++)
            if (!words[i + k].In(text).Equals(entry.Words[k], StringComparison.OrdinalIgnoreCase)) return false;
        return true;
    }
}
