using Pamir.Core.Pipeline;
using Pamir.Core.Text;

namespace Pamir.Core.Time;

/// <summary>
/// Gives scanned time expressions their values, in text order:
/// a month and day without a year takes the year of the latest dated expression earlier in its
/// paragraph (HeidelTime's narrative mode), else the reference date's (the most recent such day
/// on or before it, or the next one when the sentence speaks of the future); expressions such as
/// "last November" or "two days ago" count from the reference date; "two years later" and "that
/// same autumn" count from the previous time in the text. What no date settles keeps what the
/// text states and is marked <see cref="TimeAnchor.Unresolved"/>.
/// </summary>
internal sealed class TimeResolver
{
    private readonly AnalyzedDocument document;
    private readonly List<TimeMention> mentions;
    private readonly ReferenceDate? reference;
    private readonly FutureSentences future;

    private TimeResolver(AnalyzedDocument document, List<TimeMention> mentions, ReferenceDate? reference, FutureSentences future)
    {
        this.document = document;
        this.mentions = mentions;
        this.reference = reference;
        this.future = future;
    }

    public static TimeExpression[] Resolve(AnalyzedDocument document, List<TimeMention> mentions, ReferenceDate? reference, FutureSentences future) =>
        new TimeResolver(document, mentions, reference, future).Run();

    private TimeExpression[] Run()
    {
        var result = new TimeExpression[mentions.Count];
        FuzzyDate? previous = null, narrative = null;
        int narrativeParagraph = -2;
        for (int k = 0; k < mentions.Count; k++)
        {
            var m = mentions[k];
            int paragraph = ParagraphOf(document, m.Start);
            if (paragraph != narrativeParagraph) narrative = null;
            var expression = m.Kind switch
            {
                TimeMentionKind.Explicit => new TimeExpression(m.Start, m.End, m.Date, TimeAnchor.Absolute, m.RangeEnd),
                TimeMentionKind.Partial => ResolvePartial(m, narrative),
                TimeMentionKind.AfterPrevious => ResolveAfterPrevious(m, previous),
                _ => ResolveFromReference(m),
            };
            result[k] = expression;
            if (expression.Value.HasYear)
            {
                // After a range the story stands at its end ("the war of 1992-97 ... two years later").
                previous = expression.RangeEnd ?? expression.Value;
                // A day that took its year from the reference date says nothing new about the year.
                if (m.Kind != TimeMentionKind.Partial)
                {
                    narrative = previous;
                    narrativeParagraph = paragraph;
                }
            }
        }
        return result;
    }

    private TimeExpression ResolvePartial(TimeMention m, FuzzyDate? narrative)
    {
        int month = m.Date.Month!.Value;
        int? day = m.Date.Day;
        if (narrative?.Year is int narrativeYear)
            return Expression(m, Cap(Dated(narrativeYear, month, day), m.Precision), TimeAnchor.Narrative);
        if (reference is null) return Expression(m, m.Date, TimeAnchor.Unresolved);
        var r = reference.Value;
        bool future = KnowsTheDay && IsFuture(m);
        int year = future ? NextOnOrAfter(r, month, day) : LatestOnOrBefore(r, month, day);
        return Expression(m, Cap(Dated(year, month, day), m.Precision), ReferenceAnchor);
    }

    private TimeExpression ResolveFromReference(TimeMention m)
    {
        if (reference is null)
            return Expression(m, m.Kind is TimeMentionKind.PartialShifted or TimeMentionKind.NamedMonth && m.Precision != DatePrecision.Year ? m.Date : default, TimeAnchor.Unresolved);
        var r = reference.Value;
        int ry = r.Year!.Value;
        FuzzyDate value;
        switch (m.Kind)
        {
            case TimeMentionKind.PartialShifted:
                value = Cap(Dated(ry + m.Amount, m.Date.Month!.Value, m.Date.Day), m.Precision);
                break;
            case TimeMentionKind.NamedMonth:
                int month = m.Date.Month!.Value;
                int year = m.Amount switch
                {
                    < 0 => r.Month is int rm && rm > month ? ry : ry - 1,
                    > 0 => r.Month is int rm2 && rm2 < month ? ry : ry + 1,
                    _ => ry,
                };
                value = Cap(new FuzzyDate(year, month), m.Precision);
                break;
            case TimeMentionKind.Weekday:
                value = ResolveWeekday(m, r);
                break;
            default:
                value = Shift(r, m, exactDays: KnowsTheDay);
                break;
        }
        return Expression(m, value, ReferenceAnchor);
    }

    private FuzzyDate ResolveWeekday(TimeMention m, FuzzyDate r)
    {
        // An estimated reference is only a lower bound on the writing date: the week is not known.
        if (r.Day is null || !KnowsTheDay) return Cap(r, DatePrecision.Month);
        var day = r.First!.Value;
        int back = ((int)day.DayOfWeek - (int)m.Weekday!.Value + 7) % 7;
        int ahead = ((int)m.Weekday.Value - (int)day.DayOfWeek + 7) % 7;
        var date = m.Amount switch
        {
            < 0 => day.AddDays(-(back == 0 ? 7 : back)),
            > 0 => day.AddDays(ahead == 0 ? 7 : ahead),
            _ => IsFuture(m) ? day.AddDays(ahead) : day.AddDays(-back),
        };
        return FuzzyDate.FromDate(date);
    }

    private TimeExpression ResolveAfterPrevious(TimeMention m, FuzzyDate? previous)
    {
        if (previous is FuzzyDate p)
            return Expression(m, Shift(p, m, exactDays: true), TimeAnchor.Previous);
        if (reference is not null)
            return Expression(m, Shift(reference.Value, m, exactDays: KnowsTheDay), ReferenceAnchor);
        return Expression(m, default, TimeAnchor.Unresolved);
    }

    /// <summary>Moves a date by the mention's offset, never claiming more precision than the base date or the mention has.</summary>
    private static FuzzyDate Shift(FuzzyDate from, TimeMention m, bool exactDays)
    {
        int amount = m.Vague ? 0 : m.Amount;
        var precision = Min(m.Precision, from.Precision);
        if (!exactDays && precision == DatePrecision.Day) precision = DatePrecision.Month;
        var first = from.First!.Value;
        var shifted = m.Unit switch
        {
            TimeUnit.Day when from.Day is not null => first.AddDays(amount),
            TimeUnit.Week when from.Day is not null => first.AddDays(7 * amount),
            TimeUnit.Day or TimeUnit.Week => first,
            TimeUnit.Month when from.Month is not null => first.AddMonths(amount),
            TimeUnit.Month => first,
            _ => first.AddYears(amount),
        };
        return Cap(FuzzyDate.FromDate(shifted), precision == DatePrecision.Decade ? DatePrecision.Year : precision);
    }

    /// <summary>A publication date or a dateline gives the day of writing; an estimate only bounds it from below.</summary>
    private bool KnowsTheDay => reference!.Basis is ReferenceDateBasis.Publication or ReferenceDateBasis.Dateline;

    private TimeAnchor ReferenceAnchor => reference!.Basis == ReferenceDateBasis.Publication ? TimeAnchor.Publication : TimeAnchor.Estimated;

    private static int LatestOnOrBefore(FuzzyDate r, int month, int? day)
    {
        int ry = r.Year!.Value;
        if (r.Month is not int rm) return ry;
        return month < rm || month == rm && (day is null || r.Day is null || day <= r.Day) ? ry : ry - 1;
    }

    private static int NextOnOrAfter(FuzzyDate r, int month, int? day)
    {
        int ry = r.Year!.Value;
        if (r.Month is not int rm) return ry;
        return month > rm || month == rm && (day is null || r.Day is null || day >= r.Day) ? ry : ry + 1;
    }

    private bool IsFuture(TimeMention m) => future.IsFuture(m.Start);

    /// <summary>
    /// For each mention, whether an earlier time expression in its paragraph (other than an
    /// undated day) gives the narrative its year; the others count from the reference date.
    /// </summary>
    internal static bool[] HasNarrative(AnalyzedDocument document, List<TimeMention> mentions)
    {
        var result = new bool[mentions.Count];
        int lastParagraph = -2;
        for (int k = 0; k < mentions.Count; k++)
        {
            int paragraph = ParagraphOf(document, mentions[k].Start);
            result[k] = paragraph == lastParagraph;
            if (mentions[k].Kind != TimeMentionKind.Partial) lastParagraph = paragraph;
        }
        return result;
    }

    private static int ParagraphOf(AnalyzedDocument document, int offset) =>
        document.Paragraphs.Count == 0 ? -1 : document.ParagraphIndexAt(offset);

    internal static int NextOnOrAfterYear(FuzzyDate r, int month, int? day) => NextOnOrAfter(r, month, day);

    private static TimeExpression Expression(TimeMention m, FuzzyDate value, TimeAnchor anchor) => new(m.Start, m.End, value, anchor);

    /// <summary>A month and day placed in a year; 29 February in a common year keeps only the month.</summary>
    internal static FuzzyDate Dated(int year, int month, int? day) =>
        new(year, month, day is int d && d <= DateTime.DaysInMonth(year, month) ? d : null);

    /// <summary>Truncates a date to at most the given precision.</summary>
    internal static FuzzyDate Cap(FuzzyDate date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year or DatePrecision.Decade => new FuzzyDate(date.Year),
        DatePrecision.Month => new FuzzyDate(date.Year, date.Month),
        _ => date,
    };

    private static DatePrecision Min(DatePrecision a, DatePrecision b) => a < b ? a : b;
}
