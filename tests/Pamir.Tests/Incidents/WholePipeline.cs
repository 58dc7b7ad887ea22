using Pamir.Core.Documents;
using Pamir.Core.Incidents;
using Pamir.Core.Pipeline;
using Pamir.Core.Time;

namespace Pamir.Tests.Incidents;

/// <summary>A short report read by the whole pipeline (real time, place and name layers), for rules that need them.</summary>
internal static class WholePipeline
{
    public static IReadOnlyList<IncidentReport> Reports(string text, string? published = null, string id = "test") =>
        PamirPipeline.Default.Analyze(new SourceDocument
        {
            Id = id, Source = "test", Text = text, ContentHash = id, Published = FuzzyDate.ParseIso(published),
        }).Incidents;
}
