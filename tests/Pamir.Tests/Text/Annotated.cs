using Pamir.Core.Documents;
using Pamir.Core.Pipeline;
using Pamir.Core.Quantities;
using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Tests.Text;

/// <summary>Runs the text layers (sentences, tokens, times, quantities) over a short report written for a test.</summary>
public static class Annotated
{
    public static AnalyzedDocument Read(string text, string? published = null)
    {
        var document = new AnalyzedDocument(new SourceDocument
        {
            Id = "test",
            Source = "test",
            Text = text,
            ContentHash = "",
            Published = FuzzyDate.ParseIso(published),
        });
        IAnnotator[] layers = [new SentenceSplitter(), new Tokenizer(), new TimeAnnotator(), new QuantityAnnotator()];
        foreach (var layer in layers) layer.Annotate(document);
        return document;
    }

    public static string[] SentenceTexts(this AnalyzedDocument document) =>
        document.Sentences.Select(s => s.Span.Of(document.Text)).ToArray();

    /// <summary>The time expression whose text is exactly this phrase.</summary>
    public static TimeExpression Time(this AnalyzedDocument document, string phrase) =>
        document.Times.SingleOrDefault(t => t.Span.Of(document.Text) == phrase)
        ?? throw new Xunit.Sdk.XunitException($"no time expression '{phrase}'; found: {string.Join(" | ", document.Times.Select(t => t.Span.Of(document.Text)))}");

    /// <summary>The quantity whose text is exactly this phrase.</summary>
    public static Quantity Quantity(this AnalyzedDocument document, string phrase) =>
        document.Quantities.SingleOrDefault(q => q.Span.Of(document.Text) == phrase)
        ?? throw new Xunit.Sdk.XunitException($"no quantity '{phrase}'; found: {string.Join(" | ", document.Quantities.Select(q => q.Span.Of(document.Text)))}");

    public static string[] TimeTexts(this AnalyzedDocument document) => document.Times.Select(t => t.Span.Of(document.Text)).ToArray();

    public static string[] QuantityTexts(this AnalyzedDocument document) => document.Quantities.Select(q => q.Span.Of(document.Text)).ToArray();
}
