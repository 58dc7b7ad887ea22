namespace Pamir.Core.Time;

/// <summary>What a time expression needs before it has a value.</summary>
internal enum TimeMentionKind
{
    /// <summary>Complete in the text: "19 May 2019", "the 1990s", "from 1992 to 1997".</summary>
    Explicit,
    /// <summary>Month (and day) without a year: "May 19", "in March"; the year comes from the narrative or the reference date.</summary>
    Partial,
    /// <summary>Month (and day) with a year relative to the reference date: "19 May last year".</summary>
    PartialShifted,
    /// <summary>An offset from the reference date: "yesterday", "two days ago", "last year", "earlier this month".</summary>
    Offset,
    /// <summary>A named month relative to the reference date: "last November" (Amount -1), "this March" (0), "next May" (+1).</summary>
    NamedMonth,
    /// <summary>A weekday relative to the reference date: "on Sunday" (0), "last Monday" (-1), "next Friday" (+1).</summary>
    Weekday,
    /// <summary>An offset from the previous time in the text: "two years later", "the next day", "that same autumn".</summary>
    AfterPrevious,
}
