using Pamir.Core.Places;
using Pamir.Core.Time;

namespace Pamir.Core.Incidents;

/// <summary>
/// Merges the mentions of one incident within a document: a mention joins an earlier incident of a
/// compatible type whose date and place do not contradict it when it refers back to it ("the
/// riot", "these arrests"), when it continues it without a date or place of its own (the next
/// sentence or paragraph: "Imumnazarov was killed in his own home"), or when both agree on
/// something specific (a month-precise date or the same town). Wars mentioned across a document
/// are one. Toll-only sentences join the incident just reported.
/// </summary>
internal static class MentionMerger
{
    /// <summary>A relative date such as "a little over a week ago" is approximate by this many days.</summary>
    private const int ApproximateSlackDays = 10;
    private const int NoteReachSentences = 3;

    public static List<MergedEvent> Merge(IReadOnlyList<EventMention> mentions, string text)
    {
        var events = new List<MergedEvent>();
        MergedEvent? war = null;
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Note)
            {
                var last = Latest(events);
                if (last is not null && m.Paragraph - last.LastParagraph <= 1 && m.Sentence - last.LastSentence <= NoteReachSentences) last.Add(m);
                continue;
            }
            if (m.Kind == MentionKind.War && m.Weak && war is null) continue;
            var target = m.Kind == MentionKind.War ? war : Joined(events, m, text);
            // "Following the attacks of September 11, …" dates something else; it is no incident of its own
            if (target is null && m.TimeAnchor) continue;
            if (target is null)
            {
                var e = new MergedEvent(m);
                events.Add(e);
                if (e.IsWar) war ??= e;
            }
            else target.Add(m);
        }
        return events;
    }

    /// <summary>The incident (not the war) last mentioned, the first of them on a tie.</summary>
    private static MergedEvent? Latest(List<MergedEvent> events)
    {
        MergedEvent? last = null;
        foreach (var e in events)
            if (!e.IsWar && (last is null || e.LastSentence > last.LastSentence)) last = e;
        return last;
    }

    /// <summary>The incident the mention joins, trying the most recently mentioned first (in order of creation on a tie).</summary>
    private static MergedEvent? Joined(List<MergedEvent> events, EventMention m, string text)
    {
        MergedEvent? best = null;
        foreach (var e in events)
            if (!e.IsWar && (best is null || e.LastSentence > best.LastSentence) && Joins(e, m, text)) best = e;
        return best;
    }

    private static bool Joins(MergedEvent e, EventMention m, string text)
    {
        var group = TypeGroups.Of(m.Type, m.SubEventType);
        var mentions = e.Mentions;
        bool sameGroup = false;
        for (int i = 0; i < mentions.Count; i++)
        {
            var other = TypeGroups.Of(mentions[i].Type, mentions[i].SubEventType);
            if (!TypeGroups.Compatible(other, group)) return false;
            sameGroup |= other == group;
        }
        for (int i = 0; i < mentions.Count; i++)
            if (!(DatesCompatible(mentions[i].Time, m.Time, text) && PlacesCompatible(mentions[i].Place, m.Place))) return false;
        bool continuation = m.Time is null && m.Place is null && m.Paragraph - e.LastParagraph <= 1;
        if (continuation) return true;
        if (!sameGroup) return false;
        if (m.Definite) return true;
        for (int i = 0; i < mentions.Count; i++)
            if (AgreeOnSomethingSpecific(mentions[i], m)) return true;
        return false;
    }

    private static bool AgreeOnSomethingSpecific(EventMention a, EventMention b)
    {
        bool specificDates = a.Date is { } da && b.Date is { } db && da.Precision >= DatePrecision.Month && db.Precision >= DatePrecision.Month;
        bool specificPlace = a.Place is { } pa && b.Place is { } pb && pa.Place.Kind != PlaceKind.Country && pa.Place.Id == pb.Place.Id;
        bool onePartial = (a.Date is null || b.Date is null) && a.Place is not null && b.Place is not null;
        return specificDates || specificPlace || onePartial;
    }

    public static bool IsApproximate(TimeExpression time, string text) =>
        time.Span.In(text).Contains("ago", StringComparison.OrdinalIgnoreCase);

    public static bool DatesCompatible(TimeExpression? a, TimeExpression? b, string text)
    {
        if (a is null || b is null) return true;
        FuzzyDate x = a.Value, y = b.Value;
        if (!x.HasYear || !y.HasYear)
            return (x.Month is null || y.Month is null || x.Month == y.Month) && (x.Day is null || y.Day is null || x.Day == y.Day);
        int slack = IsApproximate(a, text) || IsApproximate(b, text) ? ApproximateSlackDays : 0;
        var (xFirst, xLast) = Interval(a);
        var (yFirst, yLast) = Interval(b);
        return xFirst.AddDays(-slack) <= yLast && yFirst.AddDays(-slack) <= xLast;
    }

    private static (DateOnly First, DateOnly Last) Interval(TimeExpression t) =>
        (t.Value.First!.Value, (t.RangeEnd is { HasYear: true } end ? end.Last : t.Value.Last)!.Value);

    public static bool PlacesCompatible(PlaceMention? a, PlaceMention? b)
    {
        if (a is null || b is null) return true;
        if (a.Place.Id == b.Place.Id) return true;
        if (a.Place.CountryCode != b.Place.CountryCode) return false;
        // "a riot near Dushanbe" names a reference point, not the place: any town of that country may be it
        if (a.Role == PlaceRole.Reference || b.Role == PlaceRole.Reference) return true;
        return a.Place.Kind != b.Place.Kind || a.Place.Kind == PlaceKind.Country;
    }
}
