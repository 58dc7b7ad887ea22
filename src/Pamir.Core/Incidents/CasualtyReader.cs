using Pamir.Core.Incidents.Lexicon;
using Pamir.Core.Quantities;
using Pamir.Core.Time;

namespace Pamir.Core.Incidents;

/// <summary>
/// Reads the human toll out of one sentence: which numbers count people killed, injured or
/// arrested, and which are something else (inmates held, ages, years, distances, prison numbers,
/// prison terms). A number counts for the casualty cue that governs it: right before it
/// ("killed 5", "arrested eight"), after it in the same clause ("32 people … were killed"), or
/// before a coordination ("killed …, alongside 18 soldiers"). A breakdown is summed; a total with
/// its breakdown counts once.
/// </summary>
internal sealed class CasualtyReader
{
    private const int ForwardReach = 13;
    private const int CoordinationReach = 12;
    private const int VagueReach = 12;

    private readonly record struct Counted(LexiconClass Cue, double? Value, bool Subset, int Start, int End);

    // The numbers one sentence counts, in a list kept per thread and refilled for each sentence:
    // a list of its own per sentence was the incidents stage's largest garbage.
    [ThreadStatic] private static List<Counted>? countedBuffer;

    public SentenceCasualties Read(DocumentWords doc, int sentence, IReadOnlyList<Quantity> quantities, IReadOnlyList<TimeExpression> times)
    {
        var sentenceSpan = doc.Sentences[sentence];
        int first = doc.FirstWord(sentence), end = doc.EndWord(sentence);
        var counted = countedBuffer ??= [];
        counted.Clear();
        // a number counts only for a casualty cue, which ends in the sentence (and may start just before it)
        bool cues = doc.SentenceMayTouch(sentence, CueBits, before: 3);
        // indexed: a foreach over the interface would box an enumerator for every sentence read
        for (int i = 0; cues && i < quantities.Count; i++)
        {
            var q = quantities[i];
            if (q.Start < sentenceSpan.Start || q.End > sentenceSpan.End) continue;
            if (!CountsPeople(doc, q, times, first, end, out int qFirst, out int qLast)) continue;
            if (FindCue(doc, qFirst, qLast, first, end, out var cue, out var cueSpan))
                counted.Add(new Counted(cue, q.Value, IsSubset(doc, qFirst, first), Math.Min(q.Start, cueSpan.Start), Math.Max(q.End, cueSpan.End)));
        }

        bool noDeaths = false, noInjuries = false, survived = false;
        for (int w = doc.SentenceMayHave(sentence, ZeroCues) ? first : end; w < end; w++)
        {
            if (doc.Longest(w, LexiconClass.None) is { } zero)
            {
                if (zero.Has(LexiconFlags.Hurt)) noInjuries = true;
                else noDeaths = true;
            }
            if (doc.Has(w, LexiconClass.Survived)) survived = true;
        }

        if (counted.Count == 0 && !noDeaths && !noInjuries && !survived && !doc.SentenceMayHave(sentence, SingleVictimCues)) return SentenceCasualties.Empty;
        var deaths = Combine(counted, LexiconClass.Dead) ?? (noDeaths ? null : SingleVictim(doc, sentence, first, end, LexiconClass.Dead));
        var injured = Combine(counted, LexiconClass.Hurt);
        var arrested = Combine(counted, LexiconClass.Held) ?? SingleVictim(doc, sentence, first, end, LexiconClass.Held);
        // most sentences with a single-victim cue name no victim after all: they share the empty toll
        if (deaths is null && injured is null && arrested is null && !noDeaths && !noInjuries && !survived) return SentenceCasualties.Empty;
        return new SentenceCasualties
        {
            Deaths = deaths,
            Injured = injured,
            Arrested = arrested,
            NoDeaths = noDeaths,
            NoInjuries = noInjuries,
            Survived = survived,
        };
    }

    /// <summary>Numbers that are not counts of people: dates, ages, distances, terms, labels ("No. 3/2").</summary>
    private bool CountsPeople(DocumentWords doc, Quantity q, IReadOnlyList<TimeExpression> times, int first, int end, out int qFirst, out int qLast)
    {
        qFirst = doc.WordAtOrAfter(q.Start);
        qLast = doc.WordAtOrAfter(q.End) - 1;
        if (qFirst > qLast || qFirst < first || qLast >= end) return false;
        if (q.Unit is not null && q.Unit != "people") return false;
        for (int i = 0; i < times.Count; i++)
            if (times[i].Start < q.End && q.Start < times[i].End) return false;
        string text = doc.Text;
        if (q.End < text.Length && text[q.End] == '/' || q.Start > 0 && text[q.Start - 1] == '/') return false;
        if (qLast + 1 < end && doc.Has(qLast + 1, LexiconClass.Unit)) return false;
        if (qFirst - 1 >= first && doc.EndsAt(qFirst - 1, LexiconClass.Label)) return false;
        return true;
    }

    private bool IsSubset(DocumentWords doc, int qFirst, int first)
    {
        for (int k = qFirst - 1; k >= first && k >= qFirst - 3; k--)
            if (doc.EndsAt(k, LexiconClass.Subset)) return true;
        return false;
    }

    private bool FindCue(DocumentWords doc, int qFirst, int qLast, int first, int end, out LexiconClass cue, out Pamir.Core.Text.TextSpan cueSpan)
    {
        string text = doc.Text;
        // "killed 5", "arrested at least eight", "the death toll rose to 14" (but not "died and 40 were injured")
        for (int k = qFirst - 1; k >= first && k >= qFirst - 3; k--)
        {
            if (doc.Has(k, LexiconClass.Boundary) || ClauseBreak(doc, k) || doc.WordIs(k, "and")) break;
            if (CueEndingAt(doc, k, out cue)) { cueSpan = doc.Words[k].Span; return true; }
        }
        // "32 people – three guards and 29 inmates – were killed"
        for (int k = qLast + 1; k < end && k <= qLast + ForwardReach; k++)
        {
            if (ClauseBreak(doc, k - 1) || doc.Has(k, LexiconClass.Boundary)) break;
            if (CueStartingAt(doc, k, out cue, out int len)) { cueSpan = new(doc.Words[k].Start, doc.Words[k + len - 1].End); return true; }
        }
        // "the number of people killed in Friday's attack has risen to 137": an update counts for the cue it updates
        if (IsUpdate(doc, qFirst, first, out int verb))
        {
            for (int k = verb - 1; k >= first; k--)
            {
                if (ClauseBreak(doc, k)) break;
                if (CueEndingAt(doc, k, out cue)) { cueSpan = doc.Words[k].Span; return true; }
            }
        }
        // "23 civilians were killed …, alongside 18 soldiers"
        if (IsCoordinated(doc, qFirst, first))
        {
            for (int k = qFirst - 2; k >= first && k >= qFirst - CoordinationReach; k--)
            {
                if (ClauseBreak(doc, k) || doc.Has(k, LexiconClass.Boundary)) break;
                if (CueEndingAt(doc, k, out cue)) { cueSpan = doc.Words[k].Span; return true; }
            }
        }
        cue = default;
        cueSpan = default;
        return false;
    }

    private static readonly string[] UpdateVerbs = ["rose", "risen", "climbed", "increased", "jumped", "grew", "grown", "reached", "rises", "climbs"];

    /// <summary>"… has risen to 137", "… climbed to at least 40", "… reached 60": the verb's word index.</summary>
    private static bool IsUpdate(DocumentWords doc, int qFirst, int first, out int verb)
    {
        int k = qFirst - 1;
        while (k >= first && k >= qFirst - 3 && (doc.WordIs(k, "at") || doc.WordIs(k, "least") || doc.WordIs(k, "more") || doc.WordIs(k, "than") || doc.WordIs(k, "about") || doc.WordIs(k, "nearly"))) k--;
        if (k >= first && doc.WordIs(k, "to")) k--;
        verb = k;
        if (k < first) return false;
        foreach (var v in UpdateVerbs)
            if (doc.WordIs(k, v)) return true;
        return false;
    }

    private static bool IsCoordinated(DocumentWords doc, int qFirst, int first) =>
        qFirst - 1 >= first && (doc.WordIs(qFirst - 1, "alongside") || doc.WordIs(qFirst - 1, "and") || doc.WordIs(qFirst - 1, "plus")
            || doc.WordIs(qFirst - 1, "with") && doc.WordIs(qFirst - 2, "along")
            || doc.WordIs(qFirst - 1, "as") && doc.WordIs(qFirst - 2, "well"));

    /// <summary>A semicolon or a sentence-internal full stop between word k and the next word ends the clause.</summary>
    private static bool ClauseBreak(DocumentWords doc, int k)
    {
        var gap = doc.Gap(k);
        return gap.Contains(';') || gap.Contains(':') || gap.Contains('.');
    }

    private static readonly LexiconClass[] Cues = [LexiconClass.Dead, LexiconClass.Hurt, LexiconClass.Held];
    private static readonly int CueBits = EventLexicon.Bit(LexiconClass.Dead) | EventLexicon.Bit(LexiconClass.Hurt) | EventLexicon.Bit(LexiconClass.Held);
    private static readonly int SingleVictimCues = EventLexicon.Bit(LexiconClass.Dead) | EventLexicon.Bit(LexiconClass.Held);
    private static readonly int ZeroCues = EventLexicon.Bit(LexiconClass.None) | EventLexicon.Bit(LexiconClass.Survived);

    private bool CueStartingAt(DocumentWords doc, int k, out LexiconClass cue, out int length)
    {
        if (!doc.MayStart(k, CueBits)) { cue = default; length = 0; return false; }
        foreach (var c in Cues)
        {
            if (doc.Longest(k, c) is { } entry) { cue = c; length = entry.Words.Count; return true; }
        }
        cue = default;
        length = 0;
        return false;
    }

    private bool CueEndingAt(DocumentWords doc, int k, out LexiconClass cue)
    {
        foreach (var c in Cues)
        {
            if (doc.EndsAt(k, c)) { cue = c; return true; }
        }
        cue = default;
        return false;
    }

    /// <summary>A breakdown is summed ("three guards and 29 inmates" = 32); a total given with its breakdown counts once.</summary>
    private static CasualtyFigure? Combine(List<Counted> counted, LexiconClass cue)
    {
        int parts = 0, start = int.MaxValue, stop = int.MinValue, largest = int.MinValue;
        long sum = 0;
        bool vague = false;
        foreach (var p in counted)
        {
            if (p.Cue != cue || p.Subset) continue;
            parts++;
            start = Math.Min(start, p.Start);
            stop = Math.Max(stop, p.End);
            if (p.Value is not double value) { vague = true; continue; }
            int v = (int)value;
            largest = Math.Max(largest, v);
            sum += v;
        }
        if (parts == 0) return null;
        if (vague) return new CasualtyFigure(null, false, start, stop);
        // a total given with its breakdown: the largest figure is the sum of the others
        int rest = checked((int)(sum - largest));
        int total = parts >= 3 && largest == rest ? largest : checked((int)sum);
        return new CasualtyFigure(total, true, start, stop);
    }

    /// <summary>
    /// "Quvvatov was shot dead", "he was arrested": one person, when no number is given; but only
    /// part of the toll when an uncounted group follows ("…, as were several civilians").
    /// </summary>
    private CasualtyFigure? SingleVictim(DocumentWords doc, int sentence, int first, int end, LexiconClass cue)
    {
        if (!doc.SentenceMayHave(sentence, EventLexicon.Bit(cue))) return null;
        for (int k = first + 1; k < end; k++)
        {
            if (doc.Longest(k, cue) is not { } entry) continue;
            int aux = k - 1;
            while (aux > first && aux > k - 3 && IsAdverb(doc, aux)) aux--;
            if (!(doc.WordIs(aux, "was") || doc.WordIs(aux, "been") && (doc.WordIs(aux - 1, "has") || doc.WordIs(aux - 1, "had")))) continue;
            int last = k + entry.Words.Count - 1;
            bool othersToo = false;
            for (int v = last + 1; v < end && v <= last + VagueReach && !othersToo; v++) othersToo = doc.Has(v, LexiconClass.Vague);
            return new CasualtyFigure(1, !othersToo, doc.Words[aux].Start, doc.Words[last].End);
        }
        return null;
    }

    /// <summary>"was even murdered", "was reportedly shot dead", "was later arrested".</summary>
    private static bool IsAdverb(DocumentWords doc, int k) =>
        doc.WordText(k).EndsWith("ly", StringComparison.OrdinalIgnoreCase) || doc.WordIs(k, "even") || doc.WordIs(k, "also") || doc.WordIs(k, "later") || doc.WordIs(k, "then");
}
