using System.Buffers;
using System.Globalization;
using System.Text.RegularExpressions;
using Pamir.Core.Time;

namespace Pamir.Core.Documents;

/// <summary>
/// Finds calendar dates in one short line of text, in the forms news pages print them:
/// "7 July 2017", "May 20, 2019", "Mar. 23 2024", "2019-05-20T10:00", "2019/05/20", "20.05.2019",
/// "3/23/2024", "May 2019", and the year-less "May 20" / "20 May" of wire datelines.
/// Meant for bylines, datelines and header lines, never for whole documents.
/// </summary>
public static partial class DateTextParser
{
    private const string Month =
        @"(?<month>jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?" +
        @"|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|ноября|декабря)\.?";

    private const string Ordinal = @"(?:st|nd|rd|th)?";

    /// <summary>After a year: no further digit, unless a clock time was glued on by text extraction ("March 23, 20245:38 PM").</summary>
    private const string YearEnd = @"(?:(?!\d)|(?=\d{1,2}:\d{2}))";

    [GeneratedRegex(@"\G(?<![\p{L}\d])(?<day>\d{1,2})" + Ordinal + @"(?:\s+of)?[\s\-]+" + Month + @",?[\s\-]+(?<year>\d{4})" + YearEnd, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonthYear();

    [GeneratedRegex(@"\G(?<![\p{L}\d])" + Month + @"\s+(?<day>\d{1,2})" + Ordinal + @"(?:,\s*|\s+)(?<year>\d{4})" + YearEnd, RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDayYear();

    [GeneratedRegex(@"(?<!\d)(?<year>\d{4})(?<sep>[-/.])(?<month>\d{1,2})\k<sep>(?<day>\d{1,2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex YearMonthDay();

    [GeneratedRegex(@"(?<![\d.])(?<a>\d{1,2})(?<sep>[./\-])(?<b>\d{1,2})\k<sep>(?<year>\d{4})" + YearEnd, RegexOptions.CultureInvariant)]
    private static partial Regex NumericWithYearLast();

    [GeneratedRegex(@"\G(?<![\p{L}\d])" + Month + @"\s+(?<day>\d{1,2})" + Ordinal + @"(?![\d\p{L}])", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthDay();

    [GeneratedRegex(@"\G(?<![\p{L}\d])(?<day>\d{1,2})" + Ordinal + @"\s+" + Month + @"(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DayMonth();

    [GeneratedRegex(@"\G(?<![\p{L}\d])" + Month + @",?\s+(?<year>\d{4})(?!\d)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthYear();

    /// <summary>A digit or a month name: what every date this parser reads starts with.</summary>
    [GeneratedRegex(@"^(?:\d|" + Month + ")", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex DateStart();

    /// <summary>
    /// A month name standing as a word, as every form that names the month has it: after a
    /// space, a hyphen or the line's start, and before no further letter ("market", "decided",
    /// "mayor" hold none).
    /// </summary>
    [GeneratedRegex(@"\G(?<![\p{L}\d])" + Month + @"(?!\p{L})", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex MonthName();

    /// <summary>
    /// The first three letters of every month name <see cref="Month"/> reads. Ordinal case-insensitive
    /// equality accepts every letter the pattern's case-insensitive matching does (and a few more).
    /// The Russian names are looked for only in lines with Cyrillic letters: with them the search
    /// is not vectorised.
    /// </summary>
    private static readonly SearchValues<string> EnglishMonthPrefixes = SearchValues.Create(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], StringComparison.OrdinalIgnoreCase);

    private static readonly SearchValues<string> MonthPrefixes = SearchValues.Create(
        ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec",
         "янв", "фев", "мар", "апр", "мая", "июн", "июл", "авг", "сен", "окт", "ноя", "дек"],
        StringComparison.OrdinalIgnoreCase);

    /// <summary>Whether a date may start at <paramref name="index"/>: false means <see cref="FindAll"/> finds none there.</summary>
    public static bool MayStartAt(string line, int index) => DateStart().IsMatch(line.AsSpan(index));

    /// <summary>
    /// Every date in the line, full dates first where two readings overlap, in order of position.
    /// A form is looked for only when the line has what it needs (a month name, four digits in a
    /// row): most lines have neither, and one scan for each costs less than the seven forms.
    /// The forms that name the month are anchored (\G) and tried only where they can start, at a
    /// month name or a run of digits: scanning for them tried every a, d, m, n, o and s of the line.
    /// </summary>
    public static IReadOnlyList<DateMatch> FindAll(string line)
    {
        var found = new List<DateMatch>();
        if (!line.AsSpan().ContainsAnyInRange('0', '9') && !HasAnyDigit(line)) return found;
        bool hasYear = HasFourDigits(line);
        var months = MonthStarts(line);
        List<int> days = months.Count == 0 ? [] : DigitRunStarts(line);
        if (months.Count > 0 && hasYear)
        {
            foreach (Match m in new AnchoredMatches(DayMonthYear(), line, days)) Add(found, m, Named(m, "year"), MonthNumber(m), Named(m, "day"));
            foreach (Match m in new AnchoredMatches(MonthDayYear(), line, months)) Add(found, m, Named(m, "year"), MonthNumber(m), Named(m, "day"));
        }
        if (hasYear)
        {
            foreach (Match m in YearMonthDay().Matches(line)) Add(found, m, Named(m, "year"), Named(m, "month"), Named(m, "day"));
            foreach (Match m in NumericWithYearLast().Matches(line))
            {
                var (day, month) = DayAndMonth(Named(m, "a"), Named(m, "b"), m.Groups["sep"].Value);
                Add(found, m, Named(m, "year"), month, day);
            }
        }
        if (months.Count > 0)
        {
            if (hasYear) foreach (Match m in new AnchoredMatches(MonthYear(), line, months)) Add(found, m, Named(m, "year"), MonthNumber(m), null);
            foreach (Match m in new AnchoredMatches(MonthDay(), line, months)) Add(found, m, null, MonthNumber(m), Named(m, "day"));
            foreach (Match m in new AnchoredMatches(DayMonth(), line, days)) Add(found, m, null, MonthNumber(m), Named(m, "day"));
        }
        found.RemoveAll(d => d.Date.Month is null);
        found.Sort((a, b) => a.Start.CompareTo(b.Start));
        return found;
    }

    /// <summary>
    /// Where a form that opens with the month can start: the month names standing as words. Every
    /// such form's month is followed by a full stop, a comma or a space, so it is one of these.
    /// A name is looked for only where its first three letters are: one vectorised search finds
    /// them, where the pattern alone tried every letter a month name can start with.
    /// </summary>
    private static List<int> MonthStarts(string line)
    {
        var starts = new List<int>();
        var span = line.AsSpan();
        var prefixes = span.ContainsAnyInRange('\u0400', '\u04FF') ? MonthPrefixes : EnglishMonthPrefixes;
        int from = 0;
        while (from < span.Length)
        {
            int found = span[from..].IndexOfAny(prefixes);
            if (found < 0) break;
            int start = from + found;
            from = start + 1;
            foreach (var m in MonthName().EnumerateMatches(span, start))
            {
                starts.Add(start);
                from = start + m.Length;
            }
        }
        return starts;
    }

    /// <summary>Where a form that opens with the day can start: the first digit of each run of digits.</summary>
    private static List<int> DigitRunStarts(string line)
    {
        var starts = new List<int>();
        for (int i = 0; i < line.Length; i++)
            if (char.IsDigit(line[i]) && (i == 0 || !char.IsDigit(line[i - 1]))) starts.Add(i);
        return starts;
    }

    /// <summary>
    /// The matches <see cref="Regex.Matches(string)"/> would give for an anchored form whose matches
    /// can only start at <c>starts</c> (in order): left to right, each after the end of the one before.
    /// </summary>
    private ref struct AnchoredMatches(Regex form, string line, List<int> starts)
    {
        private int next;
        private int end;

        public Match Current { get; private set; } = Match.Empty;

        public readonly AnchoredMatches GetEnumerator() => this;

        public bool MoveNext()
        {
            while (next < starts.Count)
            {
                int start = starts[next++];
                if (start < end) continue;
                var m = form.Match(line, start);
                if (!m.Success) continue;
                end = m.Index + m.Length;
                Current = m;
                return true;
            }
            return false;
        }
    }

    /// <summary>Any decimal digit, as the patterns' \d reads it (other scripts' digits too).</summary>
    private static bool HasAnyDigit(string line)
    {
        foreach (char c in line) if (char.IsDigit(c)) return true;
        return false;
    }

    private static bool HasFourDigits(string line)
    {
        int run = 0;
        foreach (char c in line)
        {
            run = char.IsDigit(c) ? run + 1 : 0;
            if (run == 4) return true;
        }
        return false;
    }

    /// <summary>A date value as metadata gives it: ISO 8601, RFC 822 ("Tue, 21 May 2019 10:00:00 GMT"), or a written date.</summary>
    public static FuzzyDate? ParseValue(string? value)
    {
        if (string.IsNullOrWhiteSpace(value)) return null;
        value = value.Trim();
        if (FuzzyDate.ParseIso(value) is { } iso && Plausible(iso.Year)) return iso;
        if (value.Length == 8 && int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out _))
            return Valid(int.Parse(value[..4], CultureInfo.InvariantCulture), int.Parse(value[4..6], CultureInfo.InvariantCulture), int.Parse(value[6..], CultureInfo.InvariantCulture));
        var dates = FindAll(value);
        foreach (var d in dates) if (d.Date.HasYear) return d.Date;
        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AllowWhiteSpaces, out var parsed) && Plausible(parsed.Year))
            return new FuzzyDate(parsed.Year, parsed.Month, parsed.Day);
        return null;
    }

    /// <summary>
    /// Adds a reading unless an earlier, longer reading covers it. An impossible full date
    /// ("31 February 2019") still covers its span, so "February 2019" is not read out of it.
    /// </summary>
    private static void Add(List<DateMatch> found, Match m, int? year, int? month, int? day)
    {
        int start = m.Index, end = m.Index + m.Length;
        foreach (var other in found)
            if (start < other.End && other.Start < end) return;
        bool valid = month is int mo && mo is >= 1 and <= 12 && (year is null || Plausible(year))
            && (day is not int d || (d >= 1 && d <= DateTime.DaysInMonth(year ?? 2000, mo)));
        found.Add(new DateMatch(start, end, valid ? new FuzzyDate(year, month, day) : default));
    }

    private static FuzzyDate? Valid(int year, int month, int day) =>
        Plausible(year) && month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new FuzzyDate(year, month, day) : null;

    internal static bool Plausible(int? year) => year is >= 1900 and <= 2100;

    /// <summary>
    /// "20.05.2019" and "20-05-2019" are day-first wherever they are used; with slashes a number above 12 settles
    /// the order, and otherwise month-first is read, as English-language news sites print it.
    /// </summary>
    private static (int? Day, int? Month) DayAndMonth(int? a, int? b, string separator)
    {
        if (a is not int x || b is not int y) return (null, null);
        if (x > 12) return (x, y);
        if (y > 12) return (y, x);
        return separator == "/" ? (y, x) : (x, y);
    }

    private static int? Named(Match m, string group) =>
        m.Groups[group].Success && int.TryParse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture, out int v) ? v : null;

    private static int? MonthNumber(Match m)
    {
        var name = m.Groups["month"].Value.ToLowerInvariant();
        if (name.Length == 0) return null;
        return name switch
        {
            "января" => 1, "февраля" => 2, "марта" => 3, "апреля" => 4, "мая" => 5, "июня" => 6,
            "июля" => 7, "августа" => 8, "сентября" => 9, "октября" => 10, "ноября" => 11, "декабря" => 12,
            _ => name[..3] switch
            {
                "jan" => 1, "feb" => 2, "mar" => 3, "apr" => 4, "may" => 5, "jun" => 6,
                "jul" => 7, "aug" => 8, "sep" => 9, "oct" => 10, "nov" => 11, "dec" => 12,
                _ => null,
            },
        };
    }
}
