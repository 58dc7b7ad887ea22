using Pamir.Core.Incidents.Lexicon;
using Pamir.Core.Places;
using Pamir.Core.Pipeline;
using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Core.Incidents;

/// <summary>
/// Finds the incident reports in one document: mentions of violent and political incidents found
/// by the event lexicon, merged so that each incident is reported once, with its date, place,
/// actors and toll as this document gives them (ACLED's conservative convention: all parties, a
/// breakdown summed, competing figures → the lowest, vague figures → no number).
/// </summary>
public sealed class IncidentExtractor(EventLexicon lexicon, Gazetteer gazetteer) : IFindingExtractor<IncidentReport>
{
    /// <summary>Mentions in the first sentences report the document's own news (the primary event).</summary>
    private const int LeadSentences = 5;

    private readonly MentionFinder finder = new();

    public IReadOnlyList<IncidentReport> Extract(AnalyzedDocument document)
    {
        if (document.Sentences.Count == 0) return [];
        var doc = new DocumentWords(document.Text, document.Sentences, document.Words, lexicon);
        var mentions = Mentions.Borrow();
        try
        {
            finder.Find(document, doc, mentions);
            if (mentions.Count == 0) return [];
            int leadEnd = LeadEnd(doc);
            var reports = new List<IncidentReport>();
            var events = MentionMerger.Merge(mentions, document.Text);
            var crowded = Crowded(mentions, doc.Sentences.Count);
            foreach (var e in events)
            {
                if (Build(document, doc, e, leadEnd, reports.Count, crowded) is { } report) reports.Add(report);
            }
            return reports;
        }
        finally
        {
            doc.Release();
            Mentions.Return(mentions);
        }
    }

    // The document's mentions, in a list lent per thread (the merged events hold their own lists):
    // grown afresh for every document it was among the incidents stage's largest garbage.
    private static readonly ThreadLentList<EventMention> Mentions = new();

    /// <summary>Sentences with more than one incident mention: a toll there may be any of theirs.</summary>
    private static bool[] Crowded(List<EventMention> mentions, int sentences)
    {
        var seen = new bool[sentences];
        var crowded = new bool[sentences];
        foreach (var m in mentions)
        {
            if (m.Kind == MentionKind.Note) continue;
            if (seen[m.Sentence]) crowded[m.Sentence] = true;
            seen[m.Sentence] = true;
        }
        return crowded;
    }

    /// <summary>The sentence index past the document's lead: its first few narrative (non-caption) sentences.</summary>
    private static int LeadEnd(DocumentWords doc)
    {
        int seen = 0;
        for (int s = 0; s < doc.Sentences.Count; s++)
            if (!doc.IsCaption[s] && ++seen == LeadSentences) return s + 1;
        return doc.Sentences.Count;
    }

    private IncidentReport? Build(AnalyzedDocument document, DocumentWords doc, MergedEvent e, int leadEnd, int ordinal, bool[] crowded)
    {
        string text = document.Text;
        var mentions = e.Mentions;
        var main = Main(mentions);
        bool primary = mentions[0].Sentence < leadEnd;

        FuzzyDate? date = e.IsWar ? WarDate(mentions) : IncidentDate(mentions, text);
        if (date is null && primary && !e.IsWar) date = document.Published;
        if (date is null && !primary) return null;
        if (e.IsWar && date is null) return null;

        var all = e.All;
        var deaths = Conservative(all, static c => c.Deaths);
        int? fatalities = deaths?.Value;
        if (fatalities is null && deaths is null && AnyOf(all, static c => c.NoDeaths || c.Survived)) fatalities = 0;
        var injuredFigure = Conservative(all, static c => c.Injured);
        int? injured = injuredFigure?.Value ?? (AnyOf(all, static c => c.NoInjuries) ? 0 : null);
        int? arrested = Conservative(all, static c => c.Arrested)?.Value;

        // "dozens of arrests in 2015" is a year's tally, not an incident, unless a figure of its own makes it one
        // (a toll in a sentence shared with another incident is that incident's)
        bool ownFigure = false;
        foreach (var m in all)
            ownFigure |= !crowded[m.Sentence]
                && (m.Casualties.Deaths?.Value is not null || m.Casualties.Arrested?.Value is not null || m.Casualties.NoDeaths || m.Casualties.Survived);
        if (AllPlural(mentions) && !(date is { } d && d.Precision >= DatePrecision.Month) && !ownFigure)
            return null;

        var evidence = new List<TextSpan>(all.Count);
        foreach (var m in all)
        {
            var span = doc.Sentences[m.Sentence].Span;
            if (!evidence.Contains(span)) evidence.Add(span);
        }
        for (int i = 1; i < evidence.Count; i++)
        {
            var span = evidence[i];
            int j = i - 1;
            for (; j >= 0 && evidence[j].Start > span.Start; j--) evidence[j + 1] = evidence[j];
            evidence[j + 1] = span;
        }
        return new IncidentReport
        {
            DocumentId = document.Id,
            Ordinal = ordinal,
            EventType = main.Type,
            SubEventType = main.SubEventType,
            Date = date,
            Place = ChoosePlace(document, e, primary),
            Fatalities = fatalities,
            FatalitiesStated = deaths is { } stated ? text[stated.Start..stated.End] : null,
            Injured = injured,
            Arrested = arrested,
            Perpetrators = Union(mentions, static m => m.Perpetrators),
            Targets = Union(mentions, static m => m.Targets),
            Trigger = text[main.TriggerStart..main.TriggerEnd],
            Evidence = evidence,
        };
    }

    /// <summary>The mention that names the incident: an incident word before a bare killing verb, then the most severe type.</summary>
    private static EventMention Main(IReadOnlyList<EventMention> mentions)
    {
        var best = mentions[0];
        int bestRank = Rank(best);
        for (int i = 1; i < mentions.Count; i++)
            if (Rank(mentions[i]) is var rank && rank < bestRank) { best = mentions[i]; bestRank = rank; }
        return best;

        static int Rank(EventMention m) => (m.Kind == MentionKind.Kill ? 10 : 0) + TypeGroups.Severity(m.Type);
    }

    /// <summary>A war's date: the earliest year-dated mention, a decade only when nothing finer is given.</summary>
    private static FuzzyDate? WarDate(IReadOnlyList<EventMention> mentions)
    {
        FuzzyDate? best = null;
        foreach (var m in mentions)
        {
            if (m.Date is not { HasYear: true } date) continue;
            if (best is not { } b) { best = date; continue; }
            int decade = date.Precision == DatePrecision.Decade ? 1 : 0, bestDecade = b.Precision == DatePrecision.Decade ? 1 : 0;
            if (decade < bestDecade || decade == bestDecade && date.First!.Value < b.First!.Value) best = date;
        }
        return best;
    }

    /// <summary>An incident's date: the first mention's time that is not approximate ("a week ago"), the most precise, with a year.</summary>
    private static FuzzyDate? IncidentDate(IReadOnlyList<EventMention> mentions, string text)
    {
        EventMention? best = null;
        int bestRank = 0;
        foreach (var m in mentions)
        {
            if (m.Time is not { } time) continue;
            int rank = (MentionMerger.IsApproximate(time, text) ? 0 : 100) + (int)time.Value.Precision * 10 + (time.Value.HasYear ? 1 : 0);
            if (best is null || rank > bestRank) { best = m; bestRank = rank; }
        }
        return best?.Date;
    }

    private static bool AnyOf(List<EventMention> mentions, Func<SentenceCasualties, bool> test)
    {
        foreach (var m in mentions)
            if (test(m.Casualties)) return true;
        return false;
    }

    private static bool AllPlural(IReadOnlyList<EventMention> mentions)
    {
        for (int i = 0; i < mentions.Count; i++)
            if (!mentions[i].Plural) return false;
        return true;
    }

    /// <summary>The names of every mention, each once (ignoring case), in order of first appearance.</summary>
    private static List<string> Union(IReadOnlyList<EventMention> mentions, Func<EventMention, IReadOnlyList<string>> namesOf)
    {
        var union = new List<string>();
        for (int i = 0; i < mentions.Count; i++)
        {
            var names = namesOf(mentions[i]);
            for (int k = 0; k < names.Count; k++)
                if (!ContainsIgnoringCase(union, names[k])) union.Add(names[k]);
        }
        return union;
    }

    private static bool ContainsIgnoringCase(List<string> list, string name)
    {
        foreach (var item in list)
            if (string.Equals(item, name, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }

    /// <summary>
    /// ACLED's conservative rule over the figures a document gives: the lowest complete figure; a
    /// figure with a vague part only when nothing better is given, and then as no number.
    /// </summary>
    private static CasualtyFigure? Conservative(List<EventMention> mentions, Func<SentenceCasualties, CasualtyFigure?> figureOf)
    {
        CasualtyFigure? best = null;
        foreach (var m in mentions)
        {
            if (figureOf(m.Casualties) is not { } figure) continue;
            if (best is not { } b) { best = figure; continue; }
            if (figure.Complete && (!b.Complete || figure.Value < b.Value)) best = figure;
        }
        return best is { Complete: false } partial ? partial with { Value = null } : best;
    }

    /// <summary>
    /// The most specific place the mentions name; else, for the document's own news, the dateline
    /// city; else the country in focus. A place named in a neighbouring sentence is not taken: it
    /// is as often where something else happened ("fighters from the North Caucasus").
    /// </summary>
    private PlaceRef? ChoosePlace(AnalyzedDocument document, MergedEvent e, bool primary)
    {
        // a place named as where it happened beats a reference point ("near Dushanbe") named in another sentence
        if ((MostSpecific(e.Mentions, reference: false) ?? MostSpecific(e.Mentions, reference: true)) is { } own) return ToRef(own);
        var places = document.Places;
        if (primary)
            for (int i = 0; i < places.Count; i++)
                if (places[i].Role == PlaceRole.Dateline) return ToRef(places[i].Place);
        if (document.FocusCountry is not { } focus) return null;
        for (int i = 0; i < places.Count; i++)
            if (places[i].Place.Kind == PlaceKind.Country && places[i].Place.CountryCode == focus) return ToRef(places[i].Place);
        // a report that never names its own country still gets the country's name, not its code
        return gazetteer.Country(focus) is { } known ? ToRef(known.Place) : new PlaceRef(focus, focus);
    }

    /// <summary>The first of the most specific places the mentions name (where it happened, or with <paramref name="reference"/> any place at all).</summary>
    private static Place? MostSpecific(IReadOnlyList<EventMention> mentions, bool reference)
    {
        Place? best = null;
        for (int i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Place is not { } p || !reference && p.Role == PlaceRole.Reference) continue;
            if (best is null || p.Place.Kind > best.Kind) best = p.Place;
        }
        return best;
    }

    private static PlaceRef ToRef(Place p) => new(p.Name, p.CountryCode, p.Latitude, p.Longitude, p.Id, p.Admin1);
}
