namespace Pamir.Core.Time;

/// <summary>
/// A calendar date known to some precision: a year ("2010"), a month ("2018-11"), a day
/// ("2019-05-19"), or a month and day whose year the text does not settle (Year null).
/// A decade ("the 1990s") is Year 1990 with precision Decade.
/// </summary>
public readonly record struct FuzzyDate(int? Year, int? Month = null, int? Day = null, bool IsDecade = false)
{
    public DatePrecision Precision =>
        Day is not null ? DatePrecision.Day
        : Month is not null ? DatePrecision.Month
        : IsDecade ? DatePrecision.Decade
        : DatePrecision.Year;

    public bool HasYear => Year is not null;

    /// <summary>The first day the date can refer to (null without a year).</summary>
    public DateOnly? First => Year is int y ? new DateOnly(y, Month ?? 1, Day ?? 1) : null;

    /// <summary>The last day the date can refer to (null without a year).</summary>
    public DateOnly? Last
    {
        get
        {
            if (Year is not int y) return null;
            if (IsDecade && Month is null) return new DateOnly(y + 9, 12, 31);
            int m = Month ?? 12;
            return new DateOnly(y, m, Day ?? DateTime.DaysInMonth(y, m));
        }
    }

    /// <summary>ISO prefix whose length says the precision ("2018", "2018-11", "2018-11-07"); "--11-07" without a year.</summary>
    public string ToIso()
    {
        if (Year is not int y) return Month is int mm ? (Day is int dd ? $"--{mm:00}-{dd:00}" : $"--{mm:00}") : "";
        if (Month is not int m) return $"{y:0000}";
        return Day is int d ? $"{y:0000}-{m:00}-{d:00}" : $"{y:0000}-{m:00}";
    }

    public override string ToString() => IsDecade && Month is null ? $"{Year}s" : ToIso();

    public static FuzzyDate FromDate(DateOnly d) => new(d.Year, d.Month, d.Day);

    /// <summary>Parses "2018", "2018-11", "2018-11-07" (and longer ISO timestamps, keeping the date).</summary>
    public static FuzzyDate? ParseIso(string? s)
    {
        if (string.IsNullOrWhiteSpace(s)) return null;
        s = s.Trim();
        if (s.Length >= 4 && int.TryParse(s.AsSpan(0, 4), out int y) && y is > 0 and < 10000)
        {
            if (s.Length >= 7 && s[4] == '-' && int.TryParse(s.AsSpan(5, 2), out int m) && m is >= 1 and <= 12)
            {
                if (s.Length >= 10 && s[7] == '-' && int.TryParse(s.AsSpan(8, 2), out int d) && d >= 1 && d <= DateTime.DaysInMonth(y, m))
                    return new FuzzyDate(y, m, d);
                return s.Length == 7 ? new FuzzyDate(y, m) : null;
            }
            return s.Length == 4 ? new FuzzyDate(y) : null;
        }
        return null;
    }
}
