using Pamir.Core.Lexicons;
using Pamir.Core.Pipeline;
using Pamir.Core.Places;
using Pamir.Core.Quantities;
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
        var focus = FocusName(document);
        var claims = new List<Claim>();
        var seen = new HashSet<(string, double)>();
        string? previousTopic = null;
        int nextQuantity = 0, nextTime = 0, nextPlace = 0;
        foreach (var sentence in document.Sentences)
        {
            var quantities = Within(document.Quantities, sentence.Start, sentence.End, ref nextQuantity, q => q.Start, q => q.End);
            var times = Within(document.Times, sentence.Start, sentence.End, ref nextTime, t => t.Start, t => t.End);
            var places = Within(document.Places, sentence.Start, sentence.End, ref nextPlace, p => p.Start, p => p.End);
            var words = WordSpans.Scan(text, sentence.Span);
            var countries = places.Where(p => p.Place.Kind == PlaceKind.Country)
                .Select(p => new CountrySpan(WordSpans.IndexAt(words, p.Start), WordSpans.IndexAt(words, p.End - 1) + 1, p.Place.Name)).ToList();
            var view = new SentenceView(text, sentence.Span, words, countries, lexicon);
            if (quantities.Count > 0 || lexicon.Fractions.FindAll(text, words).Count > 0)
                foreach (var claim in reader.Read(new SentenceClaimReader.Input(document.Id, view, quantities, times, focus, previousTopic, document.Published)))
                    if (seen.Add((claim.Measure, claim.Value))) claims.Add(claim);
            previousTopic = view.Matches(MeasureKind.Topic).Select(m => m.Value.Canonical).LastOrDefault();
        }
        return claims;
    }

    /// <summary>The items of a layer (sorted by start) that fall inside [start, end); the cursor moves forward only.</summary>
    private static List<T> Within<T>(IReadOnlyList<T> layer, int start, int end, ref int cursor, Func<T, int> startOf, Func<T, int> endOf)
    {
        while (cursor < layer.Count && startOf(layer[cursor]) < start) cursor++;
        var inside = new List<T>();
        for (int i = cursor; i < layer.Count && startOf(layer[i]) < end; i++)
            if (endOf(layer[i]) <= end) inside.Add(layer[i]);
        return inside;
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
