using Pamir.Core.Lexicons;
using Pamir.Core.Pipeline;
using Pamir.Core.Places;
using Pamir.Core.Quantities;
using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Core.Claims;

/// <summary>
/// Key figures of one document: numbers (and fractions in words) that a measure noun governs, with
/// the subject they are about, normalised unit, qualifier and the time they refer to. One claim
/// per measure and value in a document.
/// </summary>
public sealed class ClaimExtractor(ClaimLexicon lexicon) : IFindingExtractor<Claim>
{
    private readonly SentenceClaimReader reader = new(lexicon);

    public IReadOnlyList<Claim> Extract(AnalyzedDocument document)
    {
        var text = document.Text;
        var layer = document.Words;
        var sentences = document.Sentences;
        var focus = FocusName(document);
        var claims = new List<Claim>();
        HashSet<(string, double)>? seen = null;
        var read = new List<Claim>();
        // Most sentences hold no figure: only those that do, and the sentence before each (whose
        // topic a share may refer to), are split into words and matched against the lexicon.
        SentenceView? previous = null;
        int previousSentence = -1;
        // Two word buffers in turn: the previous sentence's view keeps its words while the next is split.
        List<TextSpan> words = SentenceWords.Borrow(), previousWords = PreviousSentenceWords.Borrow();
        int nextQuantity = 0, nextTime = 0, nextPlace = 0;
        // the kinds of the sentence before, read on the way past it: its topic is looked for only when it may hold one
        int kinds = 0;
        for (int s = 0; s < sentences.Count; s++)
        {
            var sentence = sentences[s];
            int previousKinds = kinds;
            kinds = lexicon.KindsIn(layer, layer.FirstOfSentence(s), layer.EndOfSentence(s));
            // every figure is governed by a measure noun: without one a sentence states no claim
            if ((kinds & Governing) == 0) continue;
            var quantities = Within(document.Quantities, sentence.Start, sentence.End, ref nextQuantity, static q => q.Start, static q => q.End);
            if (quantities.Count == 0 && (kinds & ClaimLexicon.FractionBit) == 0) continue;
            WordSpans.ScanInto(words, layer, sentence.Span);
            if (quantities.Count == 0 && !lexicon.Fractions.Occurs(text, words)) continue;
            var times = Within(document.Times, sentence.Start, sentence.End, ref nextTime, static t => t.Start, static t => t.End);
            var places = Within(document.Places, sentence.Start, sentence.End, ref nextPlace, static p => p.Start, static p => p.End);
            List<CountrySpan>? countries = null;
            foreach (var p in places)
                if (p.Place.Kind == PlaceKind.Country)
                    (countries ??= []).Add(new CountrySpan(WordSpans.IndexAt(words, p.Start), WordSpans.IndexAt(words, p.End - 1) + 1, p.Place.Name));
            var view = new SentenceView(text, sentence.Span, words, countries ?? (IReadOnlyList<CountrySpan>)[], lexicon, kinds);
            string? previousTopic = s == 0 ? null
                : previousSentence == s - 1 ? LastTopic(previous!)
                : TopicOf(document, s - 1, previousKinds);
            read.Clear();
            reader.Read(new SentenceClaimReader.Input(document.Id, view, quantities, times, focus, previousTopic, document.Published), read);
            foreach (var claim in read)
                if ((seen ??= []).Add((claim.Measure, claim.Value))) claims.Add(claim);
            previous = view;
            previousSentence = s;
            (words, previousWords) = (previousWords, words);
        }
        SentenceWords.Return(words);
        PreviousSentenceWords.Return(previousWords);
        return claims;
    }

    // The word buffers are lent per thread (no view of them outlives Extract): grown afresh for
    // every document they were the claims stage's largest garbage.
    private static readonly ThreadLentList<TextSpan> SentenceWords = new(), PreviousSentenceWords = new();

    /// <summary>The nouns that govern a figure: a share's whole, a length, a count, a sum.</summary>
    private static readonly int Governing = ClaimLexicon.Bit(MeasureKind.Denominator) | ClaimLexicon.Bit(MeasureKind.Length)
        | ClaimLexicon.Bit(MeasureKind.Count) | ClaimLexicon.Bit(MeasureKind.Money);

    /// <summary>The last topic word of a sentence read for no figure of its own ("remittances" before "… a third of GDP"), whose kinds (<see cref="ClaimLexicon.KindsIn"/>) are given.</summary>
    private string? TopicOf(AnalyzedDocument document, int s, int kinds)
    {
        var topics = lexicon[MeasureKind.Topic];
        if ((kinds & ClaimLexicon.Bit(MeasureKind.Topic)) == 0) return null;
        var span = document.Sentences[s].Span;
        var matches = topics.FindAll(document.Text, WordSpans.Scan(document.Text, span));
        return matches.Count == 0 ? null : matches[^1].Value.Canonical;
    }

    private static string? LastTopic(SentenceView view)
    {
        var matches = view.Matches(MeasureKind.Topic);
        return matches.Count == 0 ? null : matches[^1].Value.Canonical;
    }

    /// <summary>The items of a layer (sorted by start) that fall inside [start, end); the cursor moves forward only.</summary>
    private static IReadOnlyList<T> Within<T>(IReadOnlyList<T> layer, int start, int end, ref int cursor, Func<T, int> startOf, Func<T, int> endOf)
    {
        while (cursor < layer.Count && startOf(layer[cursor]) < start) cursor++;
        List<T>? inside = null;
        for (int i = cursor; i < layer.Count && startOf(layer[i]) < end; i++)
            if (endOf(layer[i]) <= end) (inside ??= []).Add(layer[i]);
        return inside ?? (IReadOnlyList<T>)[];
    }

    /// <summary>The document's focus country by name: the subject of figures stated with "its" or no country at all.</summary>
    private static string? FocusName(AnalyzedDocument document)
    {
        if (document.FocusCountry is not { } code) return null;
        foreach (var p in document.Places)
            if (p.Place.Kind == PlaceKind.Country && p.Place.CountryCode.Equals(code, StringComparison.OrdinalIgnoreCase)) return p.Place.Name;
        return null;
    }
}
