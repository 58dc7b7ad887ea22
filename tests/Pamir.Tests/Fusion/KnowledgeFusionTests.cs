using Pamir.Core.Fusion;
using Pamir.Core.Pipeline;
using Pamir.Core.Reference;
using Pamir.Tests.Storage;

namespace Pamir.Tests.Fusion;

public sealed class KnowledgeFusionTests
{
    private static string Json(IReadOnlyList<DocumentFindings> findings) =>
        KnowledgeJson.Of(KnowledgeFusion.Fuse(findings, ReferenceData.Shared));

    [Fact]
    public void Documents_fuse_into_the_same_knowledge_whatever_order_they_arrive_in()
    {
        var findings = new[] { "kab", "dush", "bish", "osh" }.Select(Reports.Findings).ToList();
        string inOrder = Json(findings);

        Assert.Equal(inOrder, Json(findings.AsEnumerable().Reverse().ToList()));
        Assert.Equal(inOrder, Json([findings[2], findings[0], findings[3], findings[1]]));
        var knowledge = KnowledgeFusion.Fuse(findings, ReferenceData.Shared);
        Assert.Equal(4, Assert.Single(knowledge.Incidents).Reports.Count);
        Assert.Equal(4, Assert.Single(knowledge.ClaimGroups).Claims.Count);
    }

    [Fact]
    public void Findings_that_stream_past_once_in_any_order_fuse_into_the_same_knowledge_as_a_list()
    {
        var findings = new[] { "kab", "dush", "bish", "osh" }.Select(Reports.Findings).ToList();
        int passes = 0;
        IEnumerable<DocumentFindings> Stream()
        {
            passes++;
            foreach (var document in findings.AsEnumerable().Reverse()) yield return document with { Claims = [] };
        }

        var streamed = KnowledgeFusion.Fuse(Stream(), findings.SelectMany(f => f.Claims), ReferenceData.Shared);

        Assert.Equal(1, passes);
        Assert.Equal(Json(findings), KnowledgeJson.Of(streamed));
    }

    [Fact]
    public void An_outlet_gathered_again_counts_once_with_its_later_findings()
    {
        var kabul = Reports.Findings("kab");
        var osh = Reports.Findings("osh");
        var kabulCorrected = kabul with { Incidents = [Reports.Riot("kab", fatalities: 9)], Relations = [], Actors = [] };
        var gathering = new FusionGathering(ReferenceData.Shared);
        gathering.Add(kabul);
        gathering.Add(osh);
        gathering.Add(kabulCorrected);

        var knowledge = KnowledgeFusion.Fuse(gathering, osh.Claims.Concat(kabulCorrected.Claims));

        Assert.Equal(Json([osh, kabulCorrected]), KnowledgeJson.Of(knowledge));
        Assert.Contains(Assert.Single(knowledge.Incidents).Reports, r => r is { DocumentId: "kab", Fatalities: 9 });
    }

    [Fact]
    public void A_gathering_is_fused_once()
    {
        var gathering = new FusionGathering(ReferenceData.Shared);
        gathering.Add(Reports.Findings("osh"));
        KnowledgeFusion.Fuse(gathering, []);

        Assert.Throws<InvalidOperationException>(() => KnowledgeFusion.Fuse(gathering, []));
        Assert.Throws<InvalidOperationException>(() => gathering.Add(Reports.Findings("kab")));
    }
}
