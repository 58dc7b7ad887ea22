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
        var doc = new DocumentWords(document.Text, document.Sentences, lexicon);
        var mentions = finder.Find(document, doc);
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

        FuzzyDate? date = e.IsWar
            ? mentions.Where(m => m.Date is { HasYear: true }).Select(m => m.Date!.Value)
                .OrderBy(d => d.Precision == DatePrecision.Decade ? 1 : 0).ThenBy(d => d.First).Cast<FuzzyDate?>().FirstOrDefault()
            : mentions.Where(m => m.Time is not null)
                .OrderBy(m => MentionMerger.IsApproximate(m.Time!, text) ? 1 : 0)
                .ThenByDescending(m => m.Time!.Value.Precision)
                .ThenByDescending(m => m.Time!.Value.HasYear)
                .Select(m => m.Date).FirstOrDefault();
        if (date is null && primary && !e.IsWar) date = document.Published;
        if (date is null && !primary) return null;
        if (e.IsWar && date is null) return null;

        var casualties = e.All.Select(m => m.Casualties).ToList();
        var deaths = Conservative(casualties.Select(c => c.Deaths));
        int? fatalities = deaths?.Value;
        if (fatalities is null && deaths is null && casualties.Any(c => c.NoDeaths || c.Survived)) fatalities = 0;
        var injuredFigure = Conservative(casualties.Select(c => c.Injured));
        int? injured = injuredFigure?.Value ?? (casualties.Any(c => c.NoInjuries) ? 0 : null);
        int? arrested = Conservative(casualties.Select(c => c.Arrested))?.Value;

        // "dozens of arrests in 2015" is a year's tally, not an incident, unless a figure of its own makes it one
        // (a toll in a sentence shared with another incident is that incident's)
        bool ownFigure = e.All.Any(m => !crowded[m.Sentence]
            && (m.Casualties.Deaths?.Value is not null || m.Casualties.Arrested?.Value is not null || m.Casualties.NoDeaths || m.Casualties.Survived));
        if (mentions.All(m => m.Plural) && !(date is { } d && d.Precision >= DatePrecision.Month) && !ownFigure)
            return null;

        var evidence = e.All.Select(m => doc.Sentences[m.Sentence].Span).Distinct().OrderBy(s => s.Start).ToList();
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
            Perpetrators = mentions.SelectMany(m => m.Perpetrators).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Targets = mentions.SelectMany(m => m.Targets).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
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

    /// <summary>
    /// ACLED's conservative rule over the figures a document gives: the lowest complete figure; a
    /// figure with a vague part only when nothing better is given, and then as no number.
    /// </summary>
    private static CasualtyFigure? Conservative(IEnumerable<CasualtyFigure?> figures)
    {
        CasualtyFigure? best = null;
        foreach (var f in figures)
        {
            if (f is not { } figure) continue;
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
        var own = e.OwnPlaces.Where(p => p.Role != PlaceRole.Reference).ToList();
        if (own.Count == 0) own = e.OwnPlaces.ToList();
        if (own.Count > 0)
        {
            var kind = own.Max(p => p.Place.Kind);
            return ToRef(own.First(p => p.Place.Kind == kind).Place);
        }
        if (primary && document.Places.FirstOrDefault(p => p.Role == PlaceRole.Dateline) is { } dateline) return ToRef(dateline.Place);
        if (document.FocusCountry is not { } focus) return null;
        var country = document.Places.FirstOrDefault(p => p.Place.Kind == PlaceKind.Country && p.Place.CountryCode == focus);
        if (country is not null) return ToRef(country.Place);
        // a report that never names its own country still gets the country's name, not its code
        return gazetteer.Country(focus) is { } known ? ToRef(known.Place) : new PlaceRef(focus, focus);
    }

    private static PlaceRef ToRef(Place p) => new(p.Name, p.CountryCode, p.Latitude, p.Longitude, p.Id, p.Admin1);
}
