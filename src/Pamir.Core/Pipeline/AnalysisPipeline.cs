using System.Diagnostics;
using Pamir.Core.Actors;
using Pamir.Core.Claims;
using Pamir.Core.Documents;
using Pamir.Core.Incidents;
using Pamir.Core.Relations;

namespace Pamir.Core.Pipeline;

/// <summary>
/// The text pipeline: annotators in order, then the finding extractors. Built once with its
/// reference data and read-only afterwards, so one instance serves many threads.
/// </summary>
public sealed class AnalysisPipeline(
    IReadOnlyList<IAnnotator> annotators,
    IFindingExtractor<IncidentReport> incidents,
    IFindingExtractor<ActorMention> actors,
    IFindingExtractor<RelationStatement> relations,
    IFindingExtractor<Claim> claims)
{
    public IReadOnlyList<IAnnotator> Annotators { get; } = annotators;

    /// <summary>Names of the stages in order, as reported by <see cref="StageTimes"/>.</summary>
    public IEnumerable<string> StageNames => Annotators.Select(a => a.Name).Concat(["incidents", "actors", "relations", "claims"]);

    public AnalyzedDocument Annotate(SourceDocument source, StageTimes? times = null)
    {
        var document = new AnalyzedDocument(source);
        foreach (var annotator in Annotators)
        {
            long start = Stopwatch.GetTimestamp();
            annotator.Annotate(document);
            times?.Add(annotator.Name, Stopwatch.GetTimestamp() - start);
        }
        return document;
    }

    public DocumentFindings Analyze(SourceDocument source, StageTimes? times = null) => Extract(Annotate(source, times), times);

    public DocumentFindings Extract(AnalyzedDocument document, StageTimes? times = null) => new(
        document.Id,
        Timed("incidents", () => incidents.Extract(document), times),
        Timed("actors", () => actors.Extract(document), times),
        Timed("relations", () => relations.Extract(document), times),
        Timed("claims", () => claims.Extract(document), times));

    private static IReadOnlyList<T> Timed<T>(string stage, Func<IReadOnlyList<T>> run, StageTimes? times)
    {
        long start = Stopwatch.GetTimestamp();
        var result = run();
        times?.Add(stage, Stopwatch.GetTimestamp() - start);
        return result;
    }
}
