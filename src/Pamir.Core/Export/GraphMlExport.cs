using System.Text;
using System.Text.Json;
using System.Xml;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Names;

namespace Pamir.Core.Export;

/// <summary>
/// The actor network as GraphML (Gephi, Cytoscape, yEd): actors as nodes with their name, kind,
/// country, aliases and mention count; relations as directed edges with their type, whether it
/// is a stance, the document, the evidence offsets and the time it held.
/// </summary>
public static class GraphMlExport
{
    private const string Namespace = "http://graphml.graphdrawing.org/xmlns";

    private static readonly (string Id, string For, string Name, string Type)[] Keys =
    [
        ("label", "node", "label", "string"),
        ("kind", "node", "kind", "string"),
        ("country", "node", "country", "string"),
        ("aliases", "node", "aliases", "string"),
        ("mentions", "node", "mention_count", "int"),
        ("documents", "node", "document_count", "int"),
        ("type", "edge", "type", "string"),
        ("stance", "edge", "stance", "boolean"),
        ("document", "edge", "document", "string"),
        ("evidence_start", "edge", "evidence_start", "int"),
        ("evidence_end", "edge", "evidence_end", "int"),
        ("since", "edge", "since", "string"),
        ("until", "edge", "until", "string"),
        ("note", "edge", "note", "string"),
    ];

    public static void Write(Stream stream, FusedKnowledge knowledge)
    {
        using var xml = XmlWriter.Create(stream, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) });
        xml.WriteStartDocument();
        xml.WriteStartElement("graphml", Namespace);
        foreach (var (id, owner, name, type) in Keys)
        {
            xml.WriteStartElement("key", Namespace);
            xml.WriteAttributeString("id", id);
            xml.WriteAttributeString("for", owner);
            xml.WriteAttributeString("attr.name", name);
            xml.WriteAttributeString("attr.type", type);
            xml.WriteEndElement();
        }
        xml.WriteStartElement("graph", Namespace);
        xml.WriteAttributeString("id", "actors");
        xml.WriteAttributeString("edgedefault", "directed");
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var actor in knowledge.Actors)
        {
            if (!ids.Add(actor.Id)) continue;
            xml.WriteStartElement("node", Namespace);
            xml.WriteAttributeString("id", actor.Id);
            Data(xml, "label", actor.Name);
            Data(xml, "kind", actor.Kind.ToExport());
            Data(xml, "country", actor.CountryCode);
            Data(xml, "aliases", actor.Aliases.Count == 0 ? null : string.Join("; ", actor.Aliases));
            Data(xml, "mentions", actor.MentionCount.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Data(xml, "documents", actor.Documents.Count.ToString(System.Globalization.CultureInfo.InvariantCulture));
            xml.WriteEndElement();
        }
        int n = 0;
        foreach (var relation in knowledge.Relations)
        {
            // An edge to an actor the base does not hold would make the file invalid for Gephi.
            if (!ids.Contains(relation.SourceActorId) || !ids.Contains(relation.TargetActorId)) continue;
            var s = relation.Statement;
            xml.WriteStartElement("edge", Namespace);
            xml.WriteAttributeString("id", $"e{n++}");
            xml.WriteAttributeString("source", relation.SourceActorId);
            xml.WriteAttributeString("target", relation.TargetActorId);
            Data(xml, "type", JsonNamingPolicy.SnakeCaseLower.ConvertName(s.Type.ToString()));
            Data(xml, "stance", s.Type is Relations.RelationType.Ally or Relations.RelationType.Partner or Relations.RelationType.Rival or Relations.RelationType.Adversary ? "true" : "false");
            Data(xml, "document", s.DocumentId);
            Data(xml, "evidence_start", s.Evidence.Start.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Data(xml, "evidence_end", s.Evidence.End.ToString(System.Globalization.CultureInfo.InvariantCulture));
            Data(xml, "since", s.Since?.ToIso());
            Data(xml, "until", s.Until?.ToIso());
            Data(xml, "note", s.Note);
            xml.WriteEndElement();
        }
        xml.WriteEndElement();
        xml.WriteEndElement();
        xml.WriteEndDocument();
    }

    private static void Data(XmlWriter xml, string key, string? value)
    {
        if (value is null) return;
        xml.WriteStartElement("data", Namespace);
        xml.WriteAttributeString("key", key);
        xml.WriteString(value);
        xml.WriteEndElement();
    }
}
