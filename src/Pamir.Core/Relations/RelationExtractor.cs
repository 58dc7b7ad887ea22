using System.Runtime.InteropServices;
using Pamir.Core.Pipeline;
using Pamir.Core.Places;
using Pamir.Core.Text;

namespace Pamir.Core.Relations;

/// <summary>
/// Relation statements of one document: stances and structural relations read from its sentences,
/// and stances listed under profile headings. One statement per (source, target, type) and
/// document, with the first evidence found.
/// </summary>
/// <param name="actorNamed">The catalogue's name for an actor given by name, alias or code ("PRC" → "China"), or null.</param>
public sealed class RelationExtractor(RelationLexicon lexicon, Func<string, string?> actorNamed) : IFindingExtractor<RelationStatement>
{
    private readonly SentenceRelationReader sentences = new(lexicon);
    private readonly ProfileListReader lists = new(lexicon);

    public IReadOnlyList<RelationStatement> Extract(AnalyzedDocument document)
    {
        var text = document.Text;
        var actors = ActorSpans(document);
        var focus = FocusName(document);
        var found = new List<RelationStatement>();
        var seen = new HashSet<(string, string, RelationType)>();
        string? subject = focus;
        var layer = document.Words;
        var words = SentenceWords.Borrow();
        var read = new List<RelationStatement>();
        int next = 0;
        for (int s = 0; s < document.Sentences.Count; s++)
        {
            var sentence = document.Sentences[s];
            while (next < actors.Count && actors[next].End <= sentence.Start) next++;
            int first = next;
            while (next < actors.Count && actors[next].Start < sentence.End) next++;
            if (next == first) continue;
            // a sentence with no trigger word states no relation, and is not split into words
            if (lexicon.Triggers.MayOccurIn(layer, layer.FirstOfSentence(s), layer.EndOfSentence(s)))
            {
                read.Clear();
                sentences.Read(document.Id, layer, sentence.Span, CollectionsMarshal.AsSpan(actors).Slice(first, next - first), document.Times, subject, words, read);
                foreach (var r in read) Add(r);
            }
            subject = actors[first].Name;
        }
        SentenceWords.Return(words);
        var profileSubject = focus ?? document.Source.Title;
        if (profileSubject is not null)
            foreach (var r in lists.Read(document.Id, text, profileSubject, span => ItemName(document, span)))
                Add(r);
        return found;

        void Add(RelationStatement r)
        {
            if (seen.Add((r.Source.ToUpperInvariant(), r.Target.ToUpperInvariant(), r.Type))) found.Add(r);
        }
    }

    // The buffer a sentence is split into is lent per thread (nothing read keeps it): grown afresh
    // for every document it was the relations stage's largest garbage.
    private static readonly ThreadLentList<TextSpan> SentenceWords = new();

    /// <summary>Named actors, and countries named as such (states act in relations: "Russia backed …").</summary>
    private static List<ActorSpan> ActorSpans(AnalyzedDocument document)
    {
        var spans = new List<ActorSpan>(document.Names.Count + 4);
        foreach (var n in document.Names) spans.Add(new ActorSpan(n.Start, n.End, n.Name));
        foreach (var p in document.Places)
            if (p.Place.Kind == PlaceKind.Country && !p.IsDemonym && !Overlaps(spans, p.Start, p.End))
                spans.Add(new ActorSpan(p.Start, p.End, p.Place.Name));
        spans.Sort((a, b) => a.Start.CompareTo(b.Start));
        return spans;
    }

    private static bool Overlaps(List<ActorSpan> spans, int start, int end)
    {
        foreach (var s in spans)
            if (s.Start < end && start < s.End) return true;
        return false;
    }

    /// <summary>The document's focus country by name, the subject a profile page is about.</summary>
    private string? FocusName(AnalyzedDocument document)
    {
        if (document.FocusCountry is not { } code) return null;
        foreach (var p in document.Places)
            if (p.Place.Kind == PlaceKind.Country && p.Place.CountryCode.Equals(code, StringComparison.OrdinalIgnoreCase)) return p.Place.Name;
        return actorNamed(code);
    }

    private string? ItemName(AnalyzedDocument document, TextSpan line)
    {
        foreach (var n in document.Names)
            if (n.Start <= line.Start && n.End >= line.End) return n.Name;
        return actorNamed(line.Of(document.Text));
    }
}
