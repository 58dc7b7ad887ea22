using Pamir.Core.Actors;
using Pamir.Core.Names;
using Pamir.Core.Pipeline;

namespace Pamir.Core.Fusion;

/// <summary>
/// Every document's actor mentions as resolution reads them (<see cref="ActorMentionView"/>),
/// gathered one document at a time, so that the documents' findings can stream past and only this
/// is held until resolution; each is matched to the catalogue as it is gathered. A document gathered
/// again replaces its earlier mentions. One instance serves one resolution: it carries the name keys
/// resolution goes on using.
/// </summary>
internal sealed class ActorMentions
{
    private Dictionary<string, ActorMentionView[]> documents = new(StringComparer.Ordinal);

    private readonly SharedStrings strings;
    private readonly ActorCatalogueMatch match;
    private readonly ActorNamings namings;
    // The keys of the names of the document being gathered (<see cref="Wanted"/>), one document at a time.
    private readonly List<string> knownKeys = [];

    public ActorMentions(ActorCatalogue catalogue, SharedStrings? strings = null)
    {
        this.strings = strings ?? new SharedStrings();
        Keys = new ActorNameKeys();
        match = new ActorCatalogueMatch(catalogue, Keys);
        namings = new ActorNamings(this.strings, match);
    }

    public ActorNameKeys Keys { get; }

    public void Add(DocumentFindings findings)
    {
        var unnamed = Unnamed(findings);
        if (findings.Actors.Count + unnamed.Count == 0)
        {
            documents.Remove(findings.DocumentId);
            return;
        }
        var views = new ActorMentionView[findings.Actors.Count + unnamed.Count];
        string document = strings.Of(findings.DocumentId);
        for (int i = 0; i < findings.Actors.Count; i++)
        {
            var mention = findings.Actors[i];
            views[i] = new ActorMentionView(document, namings.Of(mention.Name, mention.Kind, mention.CatalogueId, mention.CountryCode, mention.Forms, mention.Roles), mention.Spans.Count);
        }
        unnamed.CopyTo(views, findings.Actors.Count);
        documents[findings.DocumentId] = views;
    }

    /// <summary>
    /// Every mention, documents in id order, each document's as it lists them; they are not held
    /// here any longer, so that resolution does not hold them twice.
    /// </summary>
    public ActorMentionView[] TakeInDocumentOrder()
    {
        var mentions = new ActorMentionView[documents.Values.Sum(views => views.Length)];
        int next = 0;
        foreach (var (_, views) in documents.OrderBy(d => d.Key, StringComparer.Ordinal))
        {
            views.CopyTo(mentions, next);
            next += views.Length;
        }
        documents = new(StringComparer.Ordinal);
        return mentions;
    }

    /// <summary>
    /// Names used by a document's relations and incidents that its names layer did not list
    /// (a profile's "RUS" under a heading): they are actors too, so relations can point at them.
    /// </summary>
    private List<ActorMentionView> Unnamed(DocumentFindings findings)
    {
        var wanted = new Wanted(findings, Keys, knownKeys);
        foreach (var relation in findings.Relations)
        {
            wanted.Add(relation.Source);
            wanted.Add(relation.Target);
        }
        foreach (var report in findings.Incidents)
        {
            // Indexed: a foreach over a read-only list boxes its enumerator, for every report gathered.
            for (int i = 0; i < report.Perpetrators.Count; i++) wanted.Add(report.Perpetrators[i]);
            for (int i = 0; i < report.Targets.Count; i++) wanted.Add(report.Targets[i]);
        }
        if (wanted.Added is not { } added) return [];
        var views = new List<ActorMentionView>(added.Count);
        foreach (var (_, (name, spans)) in added.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var actor = match.Find(name);
            views.Add(new ActorMentionView(strings.Of(findings.DocumentId),
                namings.Of(actor?.Name ?? name, actor?.Kind ?? ActorKind.Organization, actor?.Id, actor?.CountryCode, [name], []), spans));
        }
        return views;
    }

    /// <summary>
    /// The names one document uses that its mentions do not list, by key, each with the first
    /// spelling met and how many times it is used. Most documents use none, so nothing is made
    /// until a name is met; the keys of the document's own names are then listed once (a few
    /// dozen: looking one up in the list costs less than building a set of them).
    /// </summary>
    private struct Wanted(DocumentFindings findings, ActorNameKeys keys, List<string> known)
    {
        private bool listed;

        public Dictionary<string, (string Name, int Spans)>? Added { get; private set; }

        public void Add(string name)
        {
            if (string.IsNullOrWhiteSpace(name)) return;
            if (!listed) List();
            string key = keys.Of(name);
            if (known.Contains(key)) return;
            Added ??= new Dictionary<string, (string, int)>(StringComparer.Ordinal);
            Added[key] = Added.TryGetValue(key, out var entry) ? (entry.Name, entry.Spans + 1) : (name, 1);
        }

        private void List()
        {
            known.Clear();
            foreach (var mention in findings.Actors)
            {
                for (int i = 0; i < mention.Forms.Count; i++) known.Add(keys.Of(mention.Forms[i]));
                known.Add(keys.Of(mention.Name));
            }
            listed = true;
        }
    }
}
