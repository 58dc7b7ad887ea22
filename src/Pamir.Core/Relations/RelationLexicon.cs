using Pamir.Core.Lexicons;

namespace Pamir.Core.Relations;

/// <summary>
/// The words that state relations (data/lexicons/relations.tsv) and the headings of profile-style
/// lists (data/lexicons/relations-headings.tsv). Loaded once, immutable.
/// </summary>
public sealed class RelationLexicon
{
    public PhraseIndex<RelationTrigger> Triggers { get; }
    public PhraseIndex<RelationType> Headings { get; }
    /// <summary>Words that end a stance ("former foe"): the relation no longer holds, so none is stated.</summary>
    public PhraseIndex<bool> Lapsed { get; }

    public RelationLexicon(IEnumerable<RelationTrigger> triggers, IEnumerable<KeyValuePair<string, RelationType>> headings, IEnumerable<string> lapsed)
    {
        Triggers = new PhraseIndex<RelationTrigger>(triggers.Select(t => KeyValuePair.Create(t.Phrase, t)));
        Headings = new PhraseIndex<RelationType>(headings);
        Lapsed = new PhraseIndex<bool>(lapsed.Select(w => KeyValuePair.Create(w, true)));
    }

    public static RelationLexicon Load() => Parse(
        LexiconFile.ReadEmbedded("relations.tsv", 3),
        LexiconFile.ReadEmbedded("relations-headings.tsv", 2));

    public static RelationLexicon Parse(IReadOnlyList<string[]> triggerRows, IReadOnlyList<string[]> headingRows)
    {
        var triggers = new List<RelationTrigger>();
        var lapsed = new List<string>();
        foreach (var row in triggerRows)
        {
            if (row[1] == "lapsed") { lapsed.Add(row[0]); continue; }
            if (row[1] == "none") { triggers.Add(new RelationTrigger(row[0], default, TriggerFrame.Ignore)); continue; }
            var type = RelationTypeNames.FromSnakeCase(row[1]) ?? throw new FormatException($"relations lexicon: unknown relation type '{row[1]}' for '{row[0]}'");
            var frame = Enum.TryParse<TriggerFrame>(row[2].Replace("_", ""), ignoreCase: true, out var f) ? f
                : throw new FormatException($"relations lexicon: unknown frame '{row[2]}' for '{row[0]}'");
            triggers.Add(new RelationTrigger(row[0], type, frame));
        }
        var headings = headingRows.Select(row => KeyValuePair.Create(row[0],
            RelationTypeNames.FromSnakeCase(row[1]) ?? throw new FormatException($"relation headings lexicon: unknown relation type '{row[1]}' for '{row[0]}'")));
        return new RelationLexicon(triggers, headings, lapsed);
    }
}
