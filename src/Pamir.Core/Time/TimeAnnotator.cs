using Pamir.Core.Pipeline;

namespace Pamir.Core.Time;

/// <summary>
/// Sets the time layer: every time expression with its normalised value and what it was resolved
/// against, and the document's <see cref="ReferenceDate"/>. Needs sentences, paragraphs and tokens.
/// </summary>
public sealed class TimeAnnotator : IAnnotator
{
    public string Name => "times";

    public void Annotate(AnalyzedDocument document)
    {
        var mentions = TimeScanner.Scan(document.Text, document.Tokens as Text.Token[] ?? [.. document.Tokens]);
        try
        {
            var future = new FutureSentences(document);
            var reference = ReferenceDateEstimator.Estimate(document, mentions, future);
            document.ReferenceDate = reference;
            document.Times = TimeResolver.Resolve(document, mentions, reference, future);
        }
        finally
        {
            TimeScanner.Release(mentions);
        }
    }
}
