namespace Pamir.Core.Pipeline;

/// <summary>Turns an annotated document into findings of one kind (incident reports, actors, relations or claims).</summary>
public interface IFindingExtractor<out T>
{
    IReadOnlyList<T> Extract(AnalyzedDocument document);
}
