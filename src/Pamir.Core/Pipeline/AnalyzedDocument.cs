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
    public IReadOnlyList<Token> Tokens { get; set; } = [];
    public IReadOnlyList<TimeExpression> Times { get; set; } = [];
    public IReadOnlyList<Quantity> Quantities { get; set; } = [];
    public IReadOnlyList<PlaceMention> Places { get; set; } = [];
    public IReadOnlyList<NameMention> Names { get; set; } = [];
    /// <summary>The country the document is mostly about (ISO alpha-2), once places are read.</summary>
    public string? FocusCountry { get; set; }
}
