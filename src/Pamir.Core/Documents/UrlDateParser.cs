using System.Globalization;
using System.Text.RegularExpressions;
using Pamir.Core.Time;

namespace Pamir.Core.Documents;

/// <summary>
/// Reads a publication date from an article URL, at the precision the URL gives:
/// "/2019/05/21/", "/2019/5/21/", "/2019-05/21/", "/2019/may/21/", "/20190521/", "2019-05-21" in a slug or query, "/2019/05/" (a month),
/// "/2019/" (a year).
/// </summary>
public static partial class UrlDateParser
{
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/\-](?<m>\d{1,2})/(?<d>\d{1,2})(?=[/\-_.?#]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex SlashedDay();

    /// <summary>"/2019/may/20/" as some newspapers write it.</summary>
    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/(?<mon>jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*/(?<d>\d{1,2})(?=[/\-_.?#]|$)", RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex NamedMonthDay();

    [GeneratedRegex(@"(?<![\d])(?<y>(?:19|20)\d{2})[\-_](?<m>\d{1,2})[\-_](?<d>\d{1,2})(?!\d)", RegexOptions.CultureInvariant)]
    private static partial Regex DashedDay();

    [GeneratedRegex(@"(?<=[/\-_=.])(?<y>(?:19|20)\d{2})(?<m>\d{2})(?<d>\d{2})(?=[/\-_.?#&]|$)", RegexOptions.CultureInvariant)]
    private static partial Regex CompactDay();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})[/\-](?<m>\d{1,2})/", RegexOptions.CultureInvariant)]
    private static partial Regex SlashedMonth();

    [GeneratedRegex(@"/(?<y>(?:19|20)\d{2})/", RegexOptions.CultureInvariant)]
    private static partial Regex SlashedYear();

    private static readonly string[] MonthNames = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

    public static FuzzyDate? Parse(string? url)
    {
        if (string.IsNullOrWhiteSpace(url)) return null;
        string path = StripHost(url);
        foreach (Match m in NamedMonthDay().Matches(path))
        {
            int mo = Array.IndexOf(MonthNames, m.Groups["mon"].Value.ToLowerInvariant()) + 1;
            int y = Number(m, "y"), d = Number(m, "d");
            if (d >= 1 && d <= DateTime.DaysInMonth(y, mo)) return new FuzzyDate(y, mo, d);
        }
        foreach (var regex in new[] { SlashedDay(), DashedDay(), CompactDay() })
            foreach (Match m in regex.Matches(path))
                if (Day(m) is { } day) return day;
        foreach (Match m in SlashedMonth().Matches(path))
        {
            int y = Number(m, "y"), mo = Number(m, "m");
            if (mo is >= 1 and <= 12) return new FuzzyDate(y, mo);
        }
        var year = SlashedYear().Match(path);
        return year.Success ? new FuzzyDate(Number(year, "y")) : null;
    }

    private static FuzzyDate? Day(Match m)
    {
        int y = Number(m, "y"), mo = Number(m, "m"), d = Number(m, "d");
        return mo is >= 1 and <= 12 && d >= 1 && d <= DateTime.DaysInMonth(y, mo) ? new FuzzyDate(y, mo, d) : null;
    }

    /// <summary>Host names carry digits too ("news24.com"); only the path and query are read.</summary>
    private static string StripHost(string url)
    {
        int scheme = url.IndexOf("://", StringComparison.Ordinal);
        if (scheme < 0) return url;
        int slash = url.IndexOf('/', scheme + 3);
        return slash < 0 ? "" : url[slash..];
    }

    private static int Number(Match m, string group) => int.Parse(m.Groups[group].ValueSpan, NumberStyles.None, CultureInfo.InvariantCulture);
}
