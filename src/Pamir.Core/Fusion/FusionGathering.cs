using System.Runtime.InteropServices;
using Pamir.Core.Incidents;
using Pamir.Core.Pipeline;
using Pamir.Core.Reference;
using Pamir.Core.Relations;

namespace Pamir.Core.Fusion;

/// <summary>
/// What fusion keeps of each document's findings, gathered one document at a time: its actor
/// mentions as resolution reads them, its incident reports with their places completed, and its
/// relation statements; never its spans or its claims. An ingest gathers each document as soon as
/// it is stored, beside the analysis of the next ones, so that the fusion after the run reads back
/// from the store only the documents the run did not store. A document gathered again replaces
/// what it gave before, so what is fused depends only on the set of documents, not on the order
/// they came in. One thread at a time; fused once (<see cref="KnowledgeFusion.Fuse(FusionGathering, IEnumerable{Claims.Claim})"/>).
/// </summary>
public sealed class FusionGathering
{
    private readonly ReferenceData reference;
    private readonly SharedStrings strings = new();
    private readonly SharedPlaces places;
    private Dictionary<string, (GatheredReport[] Reports, RelationStatement[] Relations, byte[]? Mentions)>? documents = new(StringComparer.Ordinal);
    private ActorMentions? mentions;

    public FusionGathering(ReferenceData reference)
    {
        this.reference = reference;
        places = new SharedPlaces(strings);
        mentions = new ActorMentions(reference.Actors, strings);
    }

    /// <summary>How many documents were gathered.</summary>
    public int Count => Documents.Count;

    /// <summary>The ids of the documents gathered so far, apart from the gathering (which may go on growing).</summary>
    public IReadOnlySet<string> DocumentIds() => new HashSet<string>(Documents.Keys, StringComparer.Ordinal);

    public void Add(DocumentFindings findings)
    {
        var documents = Documents;
        var packed = (mentions ?? throw Spent()).Pack(findings);
        var reports = findings.Incidents.Count == 0 ? [] : new GatheredReport[findings.Incidents.Count];
        for (int i = 0; i < reports.Length; i++) reports[i] = Kept(findings.Incidents[i]);
        var relations = findings.Relations.Count == 0 ? [] : new RelationStatement[findings.Relations.Count];
        for (int i = 0; i < relations.Length; i++) relations[i] = Kept(findings.Relations[i]);
        documents[strings.Of(findings.DocumentId)] = (reports, relations, packed);
    }

    /// <summary>The report as fusion keeps it: its place completed (<see cref="GatheredReport"/>).</summary>
    private GatheredReport Kept(IncidentReport report) =>
        new(IncidentPlaceKind.Complete(report, reference.Gazetteer), strings, places);

    private RelationStatement Kept(RelationStatement statement) => statement with
    {
        DocumentId = strings.Of(statement.DocumentId),
        Source = strings.Of(statement.Source),
        Target = strings.Of(statement.Target),
        Note = strings.Of(statement.Note),
    };

    /// <summary>
    /// What packed the mentions and each document's packed mentions, for resolution; they are not
    /// held here any longer.
    /// </summary>
    internal (ActorMentions Mentions, KeyValuePair<string, byte[]>[] ById) TakeMentions()
    {
        var taken = mentions ?? throw Spent();
        mentions = null;
        var documents = Documents;
        var byId = new List<KeyValuePair<string, byte[]>>(documents.Count);
        foreach (var (id, document) in documents)
            if (document.Mentions is { } packed) byId.Add(new(id, packed));
        foreach (var (id, _) in byId) CollectionsMarshal.GetValueRefOrNullRef(documents, id).Mentions = null;
        return (taken, [.. byId]);
    }

    /// <summary>Every relation statement, documents in id order; the reports are held until they are taken (<see cref="TakeReports"/>).</summary>
    internal List<RelationStatement> TakeRelations()
    {
        var stating = new List<string>();
        foreach (var (id, document) in Documents)
            if (document.Relations.Length > 0) stating.Add(id);
        stating.Sort(StringComparer.Ordinal);
        var relations = new List<RelationStatement>();
        foreach (var id in stating) relations.AddRange(Documents[id].Relations);
        return relations;
    }

    /// <summary>
    /// Every report as it was kept, in no order; nothing is held here any longer. Fusion makes
    /// each report whole again only while it builds its incident (<see cref="IncidentFusion.Start"/>).
    /// </summary>
    internal GatheredReport[] TakeReports()
    {
        int count = 0;
        foreach (var (_, document) in Documents) count += document.Reports.Length;
        var reports = new GatheredReport[count];
        int next = 0;
        foreach (var (_, document) in Documents)
        {
            document.Reports.CopyTo(reports, next);
            next += document.Reports.Length;
        }
        documents = null;
        return reports;
    }

    private Dictionary<string, (GatheredReport[] Reports, RelationStatement[] Relations, byte[]? Mentions)> Documents => documents ?? throw Spent();

    private static InvalidOperationException Spent() => new("this gathering was fused already: gather the documents again");
}
