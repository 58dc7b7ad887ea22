using Pamir.Core.Incidents.Lexicon;
using Pamir.Core.Names;
using Pamir.Core.Places;
using Pamir.Core.Pipeline;
using Pamir.Core.Quantities;
using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Core.Incidents;

/// <summary>
/// Finds the sentences that report an incident: a trigger from the event lexicon that is not
/// generic, hypothetical, negated or a modifier ("the threat of attacks", "feared arrest", "riot
/// police"), grouped per sentence into one mention per event type group, with the sentence's own
/// date, place, toll and actors. Sentences with a toll and no trigger become notes.
/// </summary>
internal sealed class MentionFinder
{
    private const int BlockWindow = 4;
    private readonly CasualtyReader casualtyReader = new();

    private readonly record struct Hit(int Word, int Length, LexiconEntry Entry)
    {
        public MentionKind Kind => Entry.Class switch
        {
            LexiconClass.Kill => MentionKind.Kill,
            LexiconClass.War => MentionKind.War,
            _ => MentionKind.Event,
        };
    }

    /// <summary>Adds the document's mentions to <paramref name="mentions"/>, in text order.</summary>
    public void Find(AnalyzedDocument document, DocumentWords doc, List<EventMention> mentions)
    {
        var hits = Hits.Borrow();
        var times = new LayerCursor<TimeExpression>(document.Times, t => t.Start, t => t.End);
        var quantities = new LayerCursor<Quantity>(document.Quantities, q => q.Start, q => q.End);
        var places = new LayerCursor<PlaceMention>(document.Places, p => p.Start, p => p.End);
        var names = new LayerCursor<NameMention>(document.Names, n => n.Start, n => n.End);
        Hit? plural = null;
        for (int s = 0; s < doc.Sentences.Count; s++)
        {
            if (doc.IsCaption[s]) { plural = null; continue; }
            // A cursor skips what the sentences it was not asked about hold: the places and names
            // are read only for a sentence that reports an incident, a small share of them.
            var span = doc.Sentences[s];
            var sentenceTimes = times.Within(span.Start, span.End);
            var sentenceQuantities = quantities.Within(span.Start, span.End);

            hits.Clear();
            FindTriggers(doc, s, hits);
            bool example = hits.Count == 0 && plural is not null && IsExample(doc, s);
            if (example) hits.Add(plural!.Value);
            plural = hits.Count > 0 && !example && AllHave(hits, LexiconFlags.Plural) ? hits[0] : null;
            var casualties = hits.Count > 0 || sentenceQuantities.Count > 0 || HasZeroCue(doc, s)
                ? casualtyReader.Read(doc, s, sentenceQuantities, sentenceTimes)
                : SentenceCasualties.Empty;
            if (hits.Count == 0)
            {
                if (!casualties.IsEmpty)
                    mentions.Add(new EventMention { Sentence = s, Paragraph = doc.Paragraph[s], Kind = MentionKind.Note, Casualties = casualties });
                continue;
            }
            var sentencePlaces = places.Within(span.Start, span.End);
            var sentenceNames = names.Within(span.Start, span.End);
            foreach (var group in GroupHits(hits))
            {
                var mention = BuildMention(doc, s, group, sentenceTimes, sentencePlaces, sentenceNames, casualties);
                // the example is one event of the plural kind named before it
                if (mention is not null) mentions.Add(example ? mention with { Plural = false, Weak = false } : mention);
            }
        }
        Hits.Return(hits);
    }

    // One sentence's triggers, in a list lent per thread: a list of its own per document was garbage.
    private static readonly ThreadLentList<Hit> Hits = new();

    /// <summary>
    /// "For example, in September 2016 a crowd burnt portraits outside the embassy": a sentence
    /// that gives one instance of the plural incidents named in the sentence before it.
    /// </summary>
    private static bool IsExample(DocumentWords doc, int s)
    {
        int first = doc.FirstWord(s);
        return first + 1 < doc.EndWord(s) && doc.WordIs(first, "for") && (doc.WordIs(first + 1, "example") || doc.WordIs(first + 1, "instance"));
    }

    private static readonly int ZeroCues = EventLexicon.Bit(LexiconClass.None) | EventLexicon.Bit(LexiconClass.Survived);
    private static readonly int Triggers = EventLexicon.Bit(LexiconClass.Event) | EventLexicon.Bit(LexiconClass.War) | EventLexicon.Bit(LexiconClass.Kill);

    private bool HasZeroCue(DocumentWords doc, int s)
    {
        if (!doc.SentenceMayHave(s, ZeroCues)) return false;
        for (int w = doc.FirstWord(s); w < doc.EndWord(s); w++)
            if (doc.Has(w, LexiconClass.None) || doc.Has(w, LexiconClass.Survived)) return true;
        return false;
    }

    private void FindTriggers(DocumentWords doc, int s, List<Hit> hits)
    {
        if (!doc.SentenceMayHave(s, Triggers)) return;
        int first = doc.FirstWord(s), end = doc.EndWord(s);
        bool accident = false;
        if (doc.SentenceMayHave(s, EventLexicon.Bit(LexiconClass.NonEvent)))
            for (int w = first; w < end && !accident; w++) accident = doc.Has(w, LexiconClass.NonEvent);
        for (int w = first; w < end; w++)
        {
            var entry = Longest(doc, w, LexiconClass.Event, LexiconClass.War, LexiconClass.Kill);
            if (entry is null) continue;
            int length = entry.Words.Count;
            bool keep = !(entry.Class == LexiconClass.Kill && accident)
                && !(w + length < end && doc.Has(w + length, LexiconClass.After))
                && !(!entry.Has(LexiconFlags.Plural) && w > first && doc.WordIs(w - 1, "to"))
                && !Blocked(doc, w, first);
            if (keep) hits.Add(new Hit(w, length, entry));
            w += length - 1;
        }
    }

    private LexiconEntry? Longest(DocumentWords doc, int w, params ReadOnlySpan<LexiconClass> classes)
    {
        LexiconEntry? best = null;
        foreach (var cls in classes)
            if (doc.Longest(w, cls) is { } e && (best is null || e.Words.Count > best.Words.Count)) best = e;
        return best;
    }

    /// <summary>
    /// A block cue shortly before the trigger makes it generic or hypothetical ("the threat of
    /// attacks", "feared arrest", "could spiral into riots"). Cues are lower-case words, so "May
    /// 2016" and a man called Will do not block; at the start of a sentence "No" and "Fear" may be
    /// capitalised.
    /// </summary>
    private bool Blocked(DocumentWords doc, int trigger, int first)
    {
        for (int k = Math.Max(first, trigger - BlockWindow); k < trigger; k++)
        {
            var entry = doc.Longest(k, LexiconClass.Block);
            if (entry is null || k + entry.Words.Count > trigger) continue;
            if (entry.Has(LexiconFlags.Near) && k + entry.Words.Count != trigger) continue;
            bool capitalised = char.IsUpper(doc.Text[doc.Words[k].Start]);
            if (capitalised && !(k == first && !(k + 1 < doc.Words.Length && char.IsDigit(doc.Text[doc.Words[k + 1].Start])))) continue;
            return true;
        }
        return false;
    }

    /// <summary>Triggers of compatible types in one sentence are one mention; a war is always its own.</summary>
    private static List<List<Hit>> GroupHits(List<Hit> hits)
    {
        var groups = new List<List<Hit>>(hits.Count);
        foreach (var hit in hits)
        {
            var target = hit.Kind == MentionKind.War ? WarGroup(groups) : CompatibleGroup(groups, hit);
            if (hit.Kind == MentionKind.War)
            {
                // the deaths and fighting of a war are the war, not other incidents: "the civil war killed tens of thousands"
                List<Hit>? kills = null;
                foreach (var g in groups)
                    if (AllFighting(g)) { kills = g; break; }
                if (kills is not null && target is null) { groups.Remove(kills); target = [hit, .. kills]; groups.Add(target); continue; }
            }
            else if ((hit.Kind == MentionKind.Kill || IsClash(hit)) && WarGroup(groups) is { } war
                && (target is null || AllFighting(target)))
            {
                if (target is not null) { groups.Remove(target); war.AddRange(target); }
                target = war;
            }
            if (target is null) groups.Add([hit]);
            else target.Add(hit);
        }
        return groups;
    }

    private static List<Hit>? WarGroup(List<List<Hit>> groups)
    {
        foreach (var g in groups)
            if (g[0].Kind == MentionKind.War) return g;
        return null;
    }

    private static List<Hit>? CompatibleGroup(List<List<Hit>> groups, Hit hit)
    {
        foreach (var g in groups)
        {
            if (g[0].Kind == MentionKind.War) continue;
            foreach (var h in g)
                if (SameSentenceCompatible(h, hit)) return g;
        }
        return null;
    }

    private static bool AllFighting(List<Hit> group)
    {
        foreach (var h in group)
            if (!(h.Kind == MentionKind.Kill || IsClash(h))) return false;
        return true;
    }

    /// <summary>
    /// Arrests of protesters belong to the protest; protesters who clash with police make a violent
    /// demonstration; killings in a sentence about force against protesters are its toll.
    /// </summary>
    private static bool SameSentenceCompatible(Hit a, Hit b) =>
        TypeGroups.SameSentenceCompatible(GroupOf(a), GroupOf(b))
        || IsClash(a) && GroupOf(b) == TypeGroup.Protest || IsClash(b) && GroupOf(a) == TypeGroup.Protest
        || a.Kind == MentionKind.Kill && IsForceOnProtesters(b) || b.Kind == MentionKind.Kill && IsForceOnProtesters(a);

    private static bool IsForceOnProtesters(Hit h) => h.Entry.SubEventType == "Excessive force against protesters";

    private static bool IsClash(Hit h) => h.Entry.EventType == EventType.Battles && h.Entry.SubEventType == "Armed clash";

    private static TypeGroup GroupOf(Hit h) => TypeGroups.Of(h.Entry.EventType!.Value, h.Entry.SubEventType!);

    /// <summary>The main trigger: an incident word before a bare killing verb, then the most severe type, then a protest before the arrests in it.</summary>
    private static Hit MainHit(List<Hit> group)
    {
        bool protest = AnyOfGroup(group, TypeGroup.Protest);
        Hit best = group[0];
        int bestRank = Rank(best, protest);
        for (int i = 1; i < group.Count; i++)
        {
            int rank = Rank(group[i], protest);
            if (rank < bestRank) { best = group[i]; bestRank = rank; }
        }
        return best;
    }

    /// <summary>The order of <see cref="MainHit"/> as one number: killing verb, then arrests within a protest, then severity.</summary>
    private static int Rank(Hit h, bool protest) =>
        (h.Kind == MentionKind.Kill ? 1 : 0) * 100
        + (GroupOf(h) == TypeGroup.Arrest && protest ? 1 : 0) * 10
        + TypeGroups.Severity(h.Entry.EventType!.Value);

    private static bool AnyOfGroup(List<Hit> group, TypeGroup typeGroup)
    {
        foreach (var h in group)
            if (GroupOf(h) == typeGroup) return true;
        return false;
    }

    private static bool AllHave(List<Hit> group, LexiconFlags flag)
    {
        foreach (var h in group)
            if (!h.Entry.Has(flag)) return false;
        return true;
    }

    private EventMention? BuildMention(DocumentWords doc, int s, List<Hit> group, List<TimeExpression> times,
        List<PlaceMention> places, List<NameMention> names, SentenceCasualties casualties)
    {
        var main = MainHit(group);
        var entry = main.Entry;
        int triggerStart = doc.Words[main.Word].Start, triggerEnd = doc.Words[main.Word + main.Length - 1].End;
        var type = entry.EventType!.Value;
        string sub = entry.SubEventType!;
        if (main.Kind != MentionKind.War)
        {
            if (AnyOfGroup(group, TypeGroup.Arrest) && TypeGroups.Of(type, sub) == TypeGroup.Protest) sub = "Protest with intervention";
            if (group.Exists(IsClash) && AnyOfGroup(group, TypeGroup.Protest)) (type, sub) = (EventType.Riots, "Violent demonstration");
            if (main.Length == 1 && Refinement(doc, s, type) is { } refine)
            {
                sub = refine.SubEventType!;
                type = refine.Retype ?? type;
            }
        }
        int datelineEnd = DatelineEnd(doc.Text, places, doc.Sentences[s].End);
        var time = EventTime(doc, times, datelineEnd, triggerStart, triggerEnd);
        var place = ChoosePlace(places, triggerStart, triggerEnd);
        bool weak = AllHave(group, LexiconFlags.Weak);
        if (weak && main.Kind != MentionKind.War && place is null && casualties.Deaths is null) return null;
        var (perpetrators, targets) = Actors(doc, s, names, triggerStart, triggerEnd);
        return new EventMention
        {
            Sentence = s,
            Paragraph = doc.Paragraph[s],
            TriggerStart = triggerStart,
            TriggerEnd = triggerEnd,
            Type = type,
            SubEventType = sub,
            Kind = main.Kind,
            Plural = AllHave(group, LexiconFlags.Plural),
            Weak = weak,
            Definite = !entry.Has(LexiconFlags.Verb) && IsDefinite(doc, main.Word, doc.FirstWord(s)),
            TimeAnchor = !entry.Has(LexiconFlags.Verb) && IsTimeAnchor(doc, main.Word, doc.FirstWord(s)),
            Time = time,
            Place = place,
            Casualties = casualties,
            Perpetrators = perpetrators,
            Targets = targets,
        };
    }

    private LexiconEntry? Refinement(DocumentWords doc, int s, EventType type)
    {
        if (!doc.SentenceMayHave(s, EventLexicon.Bit(LexiconClass.Refine))) return null;
        for (int w = doc.FirstWord(s); w < doc.EndWord(s); w++)
            if (doc.Longest(w, LexiconClass.Refine) is { } r && r.EventType == type) return r;
        return null;
    }

    /// <summary>
    /// "The riot", "these arrests", "the 2023 attack", "the concert hall attack": a demonstrative
    /// right before the trigger, or "the" at most three words before it with no other determiner
    /// in between ("this includes attacks" is not a reference back).
    /// </summary>
    private static bool IsDefinite(DocumentWords doc, int trigger, int first)
    {
        if (trigger - 1 >= first && (doc.WordIs(trigger - 1, "this") || doc.WordIs(trigger - 1, "that") || doc.WordIs(trigger - 1, "these") || doc.WordIs(trigger - 1, "those")))
            return true;
        for (int k = trigger - 1; k >= first && k >= trigger - 3; k--)
        {
            if (doc.WordIs(k, "the")) return true;
            if (doc.WordIs(k, "a") || doc.WordIs(k, "an") || doc.WordIs(k, "another") || doc.WordIs(k, "this") || doc.WordIs(k, "that")) return false;
        }
        return false;
    }

    /// <summary>"Following the attacks of September 11": an incident named only as a point in time for something else.</summary>
    private static bool IsTimeAnchor(DocumentWords doc, int trigger, int first)
    {
        for (int k = trigger - 1; k >= first && k >= trigger - 4; k--)
            if (doc.WordIs(k, "following") || doc.WordIs(k, "after") || doc.WordIs(k, "since") || doc.WordIs(k, "before")) return k == first || doc.Gap(k - 1).Contains(',');
        return false;
    }

    private const int DatelineReach = 80;

    private static readonly string[] ReportingVerbs = ["said", "says", "told", "announced", "reported", "added", "stated", "confirmed"];

    /// <summary>"…, the ministry said on Monday": when the news was given, not when the event happened.</summary>
    private static bool IsWhenSaid(DocumentWords doc, TimeExpression t)
    {
        int w = doc.WordAtOrAfter(t.Start);
        for (int k = w - 1; k >= 0 && k >= w - 3; k--)
        {
            if (doc.WordIs(k, "on") || doc.WordIs(k, "late") || doc.WordIs(k, "early") || doc.WordIs(k, "later")) continue;
            foreach (var verb in ReportingVerbs)
                if (doc.WordIs(k, verb)) return true;
            return false;
        }
        return false;
    }

    /// <summary>
    /// "DUSHANBE, Sept 20 (AFP) - …": where the dateline ends (its dash), or -1. Its date is when
    /// the report was filed, not when the event happened.
    /// </summary>
    private static int DatelineEnd(string text, List<PlaceMention> places, int sentenceEnd)
    {
        PlaceMention? dateline = null;
        foreach (var p in places)
            if (p.Role == PlaceRole.Dateline) { dateline = p; break; }
        if (dateline is null) return -1;
        int stop = Math.Min(sentenceEnd, dateline.End + DatelineReach);
        for (int i = dateline.End; i + 1 < stop; i++)
            if (text[i] is '-' or '—' or '–' && text[i - 1] == ' ' && text[i + 1] == ' ') return i;
        return -1;
    }

    private static int Distance(int itemStart, int itemEnd, int start, int end) =>
        itemEnd <= start ? start - itemEnd : itemStart >= end ? itemStart - end : 0;

    /// <summary>The time expression nearest the trigger, past the dateline and not the time something was said.</summary>
    private static TimeExpression? EventTime(DocumentWords doc, List<TimeExpression> times, int datelineEnd, int start, int end)
    {
        TimeExpression? best = null;
        int bestDistance = int.MaxValue;
        foreach (var t in times)
        {
            if (t.Start < datelineEnd || IsWhenSaid(doc, t)) continue;
            int distance = Distance(t.Start, t.End, start, end);
            if (distance < bestDistance) { best = t; bestDistance = distance; }
        }
        return best;
    }

    /// <summary>
    /// Where the sentence places the event: a place named as where things happen, the most
    /// specific first (a city over its country), nearest the trigger; a reference point ("15 km
    /// east of Dushanbe") only when nothing else is named. Demonyms ("Tajik border guards") and
    /// datelines are not event places.
    /// </summary>
    private static PlaceMention? ChoosePlace(List<PlaceMention> places, int start, int end) =>
        ChoosePlace(places, PlaceRole.Mentioned, start, end) ?? ChoosePlace(places, PlaceRole.Reference, start, end);

    /// <summary>Among the places of the role, the nearest of the most specific kind.</summary>
    private static PlaceMention? ChoosePlace(List<PlaceMention> places, PlaceRole role, int start, int end)
    {
        bool any = false;
        PlaceKind kind = default;
        foreach (var p in places)
            if (p.Role == role && !p.IsDemonym && (!any || p.Place.Kind > kind)) { kind = p.Place.Kind; any = true; }
        if (!any) return null;
        PlaceMention? best = null;
        int bestDistance = int.MaxValue;
        foreach (var p in places)
        {
            if (p.Role != role || p.IsDemonym || p.Place.Kind != kind) continue;
            int distance = Distance(p.Start, p.End, start, end);
            if (distance < bestDistance) { best = p; bestDistance = distance; }
        }
        return best;
    }

    /// <summary>
    /// Names before the trigger act (unless the verb is passive: "Quvvatov was shot dead"), names
    /// after it are acted on, except after "by". Collective nouns ("border guards") count when no
    /// name covers them.
    /// </summary>
    private (IReadOnlyList<string> Perpetrators, IReadOnlyList<string> Targets) Actors(
        DocumentWords doc, int s, List<NameMention> names, int triggerStart, int triggerEnd)
    {
        // most mentions name no one on one side or both: a list is made only for a side that has a name
        List<string>? perpetrators = null, targets = null;
        int triggerWord = doc.WordAtOrAfter(triggerStart);
        bool passive = doc.WordIs(triggerWord - 1, "was") || doc.WordIs(triggerWord - 1, "were") || doc.WordIs(triggerWord - 1, "been");
        var spans = SpansAround.Borrow();
        foreach (var n in names) spans.Add((n.Start, n.End, n.Name));
        if (doc.SentenceMayHave(s, EventLexicon.Bit(LexiconClass.Group)))
        {
            int first = doc.FirstWord(s), end = doc.EndWord(s);
            for (int w = first; w < end; w++)
            {
                if (doc.Longest(w, LexiconClass.Group) is not { } g) continue;
                int gs = doc.Words[w].Start, ge = doc.Words[w + g.Words.Count - 1].End;
                if (!Covered(spans, gs, ge)) spans.Add((gs, ge, doc.Text[gs..ge]));
                w += g.Words.Count - 1;
            }
        }
        // in text order; spans starting together keep their order
        for (int i = 1; i < spans.Count; i++)
        {
            var x = spans[i];
            int j = i - 1;
            for (; j >= 0 && spans[j].Start > x.Start; j--) spans[j + 1] = spans[j];
            spans[j + 1] = x;
        }
        foreach (var (start, stop, name) in spans)
        {
            if (start < triggerEnd && triggerStart < stop) continue;
            int before = doc.WordAtOrAfter(start) - 1;
            bool byAgent = doc.WordIs(before, "by") || doc.WordIs(before - 1, "by") || doc.WordIs(before, "to") && doc.WordIs(before - 1, "attributed");
            bool actor = start < triggerStart ? !passive : byAgent;
            ref var list = ref actor ? ref perpetrators : ref targets;
            if (list is null || !ContainsIgnoringCase(list, name)) (list ??= []).Add(name);
        }
        SpansAround.Return(spans);
        return (perpetrators ?? (IReadOnlyList<string>)[], targets ?? (IReadOnlyList<string>)[]);
    }

    // The names and groups around one mention, in a list lent per thread: one of its own per
    // mention was among the incidents stage's largest garbage.
    private static readonly ThreadLentList<(int Start, int End, string Name)> SpansAround = new();

    private static bool Covered(List<(int Start, int End, string Name)> spans, int start, int end)
    {
        foreach (var x in spans)
            if (x.Start < end && start < x.End) return true;
        return false;
    }

    private static bool ContainsIgnoringCase(List<string> list, string name)
    {
        foreach (var item in list)
            if (string.Equals(item, name, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
