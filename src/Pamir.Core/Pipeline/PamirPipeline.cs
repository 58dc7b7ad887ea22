using Pamir.Core.Reference;

namespace Pamir.Core.Pipeline;

/// <summary>The standard pipeline: every annotator and extractor in order, over the shipped reference data.</summary>
public static class PamirPipeline
{
    private static readonly Lazy<AnalysisPipeline> Shared = new(() => Create(ReferenceData.Shared));

    /// <summary>One pipeline per process: reference data is loaded once and is immutable.</summary>
    public static AnalysisPipeline Default => Shared.Value;

    public static AnalysisPipeline Create(ReferenceData reference) => new(
        annotators:
        [
            new Text.SentenceSplitter(), new Text.Tokenizer(), new Time.TimeAnnotator(), new Quantities.QuantityAnnotator(), new Places.PlaceFinder(reference.Gazetteer),
            // names after places: places must not be taken for names.
            new Names.NameAnnotator(reference.Actors, reference.NameLexicon),
        ],
        incidents: new Incidents.IncidentExtractor(reference.Events, reference.Gazetteer),
        actors: new Actors.ActorExtractor(),
        relations: new Relations.RelationExtractor(reference.Relations, actorNamed: name => (reference.Actors.FindByCode(name) ?? reference.Actors.Find(name))?.Name),
        claims: new Claims.ClaimExtractor(reference.Claims));
}
