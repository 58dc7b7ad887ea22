using System.Collections.Frozen;

namespace Pamir.Core.Time;

/// <summary>Words that start time expressions, looked up by span, case-insensitively.</summary>
internal static class TimeLexicon
{
    private static readonly FrozenDictionary<string, TimeWord> Words = Build().ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private static readonly FrozenDictionary<string, TimeWord>.AlternateLookup<ReadOnlySpan<char>> Lookup = Words.GetAlternateLookup<ReadOnlySpan<char>>();

    private static readonly Text.WordFilter Filter = new(Words.Keys);

    public static bool TryGet(ReadOnlySpan<char> word, out TimeWord timeWord)
    {
        if (word.Length > 1 && word[^1] == '.') word = word[..^1];
        if (!Filter.MayContain(word))
        {
            timeWord = default;
            return false;
        }
        return Lookup.TryGetValue(word, out timeWord);
    }

    private static Dictionary<string, TimeWord> Build()
    {
        string[] months = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];
        string[] weekdays = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
        var words = new Dictionary<string, TimeWord>();
        for (int m = 0; m < 12; m++)
        {
            words[months[m]] = new(TimeWordKind.Month, m + 1);
            if (months[m].Length > 3) words[months[m][..3]] = new(TimeWordKind.Month, m + 1, Abbreviated: true);
        }
        words["Sept"] = new(TimeWordKind.Month, 9, Abbreviated: true);
        for (int d = 0; d < 7; d++) words[weekdays[d]] = new(TimeWordKind.Weekday, d);
        words["spring"] = new(TimeWordKind.Season, 4);
        words["summer"] = new(TimeWordKind.Season, 7);
        words["autumn"] = new(TimeWordKind.Season, 10);
        words["fall"] = new(TimeWordKind.Season, 10);
        words["winter"] = new(TimeWordKind.Season, 1);
        Unit(words, "day", TimeUnit.Day);
        Unit(words, "night", TimeUnit.Day);
        Unit(words, "morning", TimeUnit.Day);
        Unit(words, "afternoon", TimeUnit.Day);
        Unit(words, "evening", TimeUnit.Day);
        Unit(words, "week", TimeUnit.Week);
        Unit(words, "weekend", TimeUnit.Week);
        Unit(words, "fortnight", TimeUnit.Week);
        Unit(words, "month", TimeUnit.Month);
        Unit(words, "year", TimeUnit.Year);
        words["hour"] = new(TimeWordKind.Unit, (int)TimeUnit.Day, Coarse: true);
        words["hours"] = new(TimeWordKind.Unit, (int)TimeUnit.Day, Plural: true, Coarse: true);
        words["yesterday"] = new(TimeWordKind.Deictic, -1);
        words["today"] = new(TimeWordKind.Deictic, 0);
        words["tonight"] = new(TimeWordKind.Deictic, 0);
        words["tomorrow"] = new(TimeWordKind.Deictic, 1);
        return words;
    }

    private static void Unit(Dictionary<string, TimeWord> words, string singular, TimeUnit unit)
    {
        words[singular] = new(TimeWordKind.Unit, (int)unit);
        words[singular + "s"] = new(TimeWordKind.Unit, (int)unit, Plural: true);
    }
}
