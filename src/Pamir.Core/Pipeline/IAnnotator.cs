namespace Pamir.Core.Pipeline;

/// <summary>One stage of the text pipeline: reads the document and earlier layers, sets one layer. Deterministic, no I/O.</summary>
public interface IAnnotator
{
    string Name { get; }

    void Annotate(AnalyzedDocument document);
}
