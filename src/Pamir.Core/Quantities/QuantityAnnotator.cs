using Pamir.Core.Pipeline;

namespace Pamir.Core.Quantities;

/// <summary>Sets the quantity layer. Needs tokens and the time layer, whose numbers (years, days) are not quantities.</summary>
public sealed class QuantityAnnotator : IAnnotator
{
    public string Name => "quantities";

    public void Annotate(AnalyzedDocument document) => document.Quantities = QuantityScanner.Scan(document.Text, document.Tokens as Text.Token[] ?? [.. document.Tokens], document.Times);
}
