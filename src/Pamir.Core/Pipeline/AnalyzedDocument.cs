using Pamir.Core.Documents;
using Pamir.Core.Names;
using Pamir.Core.Places;
using Pamir.Core.Quantities;
using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Core.Pipeline;

/// <summary>
/// A document's text with its annotation layers, in the manner of spaCy's Doc: each annotator
/// reads the text and earlier layers and sets one layer. All offsets point into Text.
/// </summary>
public sealed class AnalyzedDocument(SourceDocument source)
{
    public SourceDocument Source { get; } = source;
    public string Id => Source.Id;
    public string Text => Source.Text;
    public FuzzyDate? Published => Source.Published;

    public IReadOnlyList<Sentence> Sentences { get; set; } = [];
    /// <summary>Blocks of text between blank lines, in order.</summary>
    public IReadOnlyList<TextSpan> Paragraphs { get; set; } = [];
    public IReadOnlyList<Token> Tokens { get; set; } = [];

    /// <summary>
    /// The shared word layer (runs of letters and digits, shapes, lower-cased text), built once on
    /// first use, after the sentences layer, by whichever stage reads words first.
    /// </summary>
    public WordLayer Words => words ??= WordLayer.Scan(Text, Sentences);

    private WordLayer? words;
    public IReadOnlyList<TimeExpression> Times { get; set; } = [];
    public IReadOnlyList<Quantity> Quantities { get; set; } = [];
    /// <summary>The date the document's relative time expressions were resolved against, and how it was found; null when nothing fixes it.</summary>
    public ReferenceDate? ReferenceDate { get; set; }
    public IReadOnlyList<PlaceMention> Places { get; set; } = [];
    public IReadOnlyList<NameMention> Names { get; set; } = [];
    /// <summary>The country the document is mostly about (ISO alpha-2), once places are read.</summary>
    public string? FocusCountry { get; set; }

    /// <summary>Index of the sentence containing the offset, or -1 (between sentences or outside the text).</summary>
    public int SentenceIndexAt(int offset) => SpanSearch.IndexContaining(Sentences, offset);

    /// <summary>The sentence containing the offset, if any.</summary>
    public Sentence? SentenceAt(int offset) => SentenceIndexAt(offset) is int i and >= 0 ? Sentences[i] : null;

    /// <summary>Index of the paragraph containing the offset, or -1.</summary>
    public int ParagraphIndexAt(int offset) => SpanSearch.IndexContaining(Paragraphs, offset);

    /// <summary>Index of the token containing the offset, or -1.</summary>
    public int TokenIndexAt(int offset) => SpanSearch.IndexContaining(Tokens, offset);

    /// <summary>The tokens inside a span (those starting in it), as a view without copying when tokens are stored as an array.</summary>
    public IReadOnlyList<Token> TokensIn(TextSpan span)
    {
        int first = SpanSearch.FirstEndingAfter(Tokens, span.Start);
        int last = first;
        while (last < Tokens.Count && Tokens[last].Start < span.End) last++;
        return Tokens is Token[] array ? new ArraySegment<Token>(array, first, last - first) : Tokens.Skip(first).Take(last - first).ToArray();
    }

    /// <summary>The tokens of the sentence at this index.</summary>
    public IReadOnlyList<Token> TokensOf(int sentenceIndex) => TokensIn(Sentences[sentenceIndex].Span);

    /// <summary>The text of a token, as a view.</summary>
    public ReadOnlySpan<char> TextOf(Token token) => Text.AsSpan(token.Start, token.End - token.Start);
}
