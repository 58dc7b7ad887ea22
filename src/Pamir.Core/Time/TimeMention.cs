namespace Pamir.Core.Time;

/// <summary>
/// A time expression as scanned, before resolution. Date holds what the text states (month and
/// day for partial dates, the month for a named month); Amount is the signed offset in Unit, the
/// year shift of a <see cref="TimeMentionKind.PartialShifted"/> date, or the direction of a named
/// month or weekday (Weekday says which day); Precision caps the resolved value ("last summer" is a year).
/// </summary>
internal readonly record struct TimeMention(
    int Start,
    int End,
    TimeMentionKind Kind,
    FuzzyDate Date,
    DatePrecision Precision,
    FuzzyDate? RangeEnd = null,
    TimeUnit Unit = TimeUnit.Day,
    int Amount = 0,
    bool Vague = false,
    DayOfWeek? Weekday = null);
