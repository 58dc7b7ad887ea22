using System.Xml.Linq;
using Pamir.Core.Export;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Names;
using Pamir.Core.Relations;
using Pamir.Core.Text;

namespace Pamir.Tests.Export;

public sealed class GraphMlExportTests
{
    private static readonly XNamespace G = "http://graphml.graphdrawing.org/xmlns";

    private static XDocument Export(FusedKnowledge knowledge)
    {
        using var stream = new MemoryStream();
        GraphMlExport.Write(stream, knowledge);
        stream.Position = 0;
        return XDocument.Load(stream);
    }

    private static Actor State(string id, string name, string country) =>
        new() { Id = id, Name = name, Kind = ActorKind.State, CountryCode = country, Aliases = [country], MentionCount = 3, Documents = ["profile"] };

    [Fact]
    public void Actors_become_nodes_and_a_stated_alliance_a_directed_edge_with_its_evidence()
    {
        var knowledge = FusedKnowledge.Empty with
        {
            Actors = [State("tajikistan", "Tajikistan", "TJ"), State("russia", "Russia", "RU")],
            Relations = [new ResolvedRelation("tajikistan", "russia", new RelationStatement("profile", "Tajikistan", "RUS", RelationType.Ally, new TextSpan(40, 43)))],
        };

        var graph = Export(knowledge).Root!.Element(G + "graph")!;

        Assert.Equal("directed", graph.Attribute("edgedefault")?.Value);
        var nodes = graph.Elements(G + "node").ToList();
        Assert.Equal(["tajikistan", "russia"], nodes.Select(n => n.Attribute("id")!.Value));
        Assert.Equal("state", nodes[0].Elements(G + "data").Single(d => d.Attribute("key")!.Value == "kind").Value);
        var edge = Assert.Single(graph.Elements(G + "edge"));
        Assert.Equal("tajikistan", edge.Attribute("source")?.Value);
        Assert.Equal("russia", edge.Attribute("target")?.Value);
        string Data(string key) => edge.Elements(G + "data").Single(d => d.Attribute("key")!.Value == key).Value;
        Assert.Equal("ally", Data("type"));
        Assert.Equal("true", Data("stance"));
        Assert.Equal("profile", Data("document"));
        Assert.Equal("40", Data("evidence_start"));
    }

    [Fact]
    public void Every_data_key_used_is_declared_and_edges_to_unknown_actors_are_left_out()
    {
        var knowledge = FusedKnowledge.Empty with
        {
            Actors = [State("tajikistan", "Tajikistan", "TJ")],
            Relations = [new ResolvedRelation("tajikistan", "nowhere", new RelationStatement("d", "Tajikistan", "Nowhere", RelationType.MemberOf, new TextSpan(0, 1)))],
        };

        var root = Export(knowledge).Root!;

        var declared = root.Elements(G + "key").Select(k => k.Attribute("id")!.Value).ToHashSet();
        Assert.All(root.Descendants(G + "data"), d => Assert.Contains(d.Attribute("key")!.Value, declared));
        Assert.Empty(root.Descendants(G + "edge"));
    }
}
