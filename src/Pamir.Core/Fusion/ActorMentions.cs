using Pamir.Core.Actors;
using Pamir.Core.Names;
using Pamir.Core.Pipeline;

namespace Pamir.Core.Fusion;

/// <summary>
/// Every document's actor mentions as resolution reads them, packed one document at a time, so
/// that the documents' findings can stream past and only the packed mentions are held until
/// resolution: each mention as the number of its naming (<see cref="ActorNamings"/>, matched to the
/// catalogue once per naming) and its span count (<see cref="PackedMentions"/>). Whoever gathers
/// holds each document's, so that a document gathered again replaces its earlier mentions. One
/// instance serves one resolution: it carries the namings and the name keys resolution goes on using.
/// </summary>
internal sealed class ActorMentions
{
    private readonly ActorCatalogueMatch match;
    private readonly ActorNamings namings;
    // The keys of the names of the document being gathered (<see cref="Wanted"/>), one document at a time.
    private readonly List<string> knownKeys = [];
    // The naming numbers and span counts of the document being gathered, one document at a time.
    private readonly List<int> numbers = [];

    public ActorMentions(ActorCatalogue catalogue, SharedStrings? strings = null)
    {
        Keys = new ActorNameKeys();
        match = new ActorCatalogueMatch(catalogue, Keys);
        namings = new ActorNamings(strings ?? new SharedStrings(), match);
    }

    public ActorNameKeys Keys { get; }

    /// <summary>The document's mentions, packed, or null when it mentions no actor.</summary>
    public byte[]? Pack(DocumentFindings findings)
    {
        var unnamed = Unnamed(findings);
        if (findings.Actors.Count + unnamed.Count == 0) return null;
        numbers.Clear();
        for (int i = 0; i < findings.Actors.Count; i++)
        {
            var mention = findings.Actors[i];
            numbers.Add(namings.Of(mention.Name, mention.Kind, mention.CatalogueId, mention.CountryCode, mention.Forms, mention.Roles).Index);
            numbers.Add(mention.Spans.Count);
        }
        foreach (var (naming, spans) in unnamed)
        {
            numbers.Add(naming);
            numbers.Add(spans);
        }
        return PackedMentions.Pack(numbers);
    }

    /// <summary>
    /// Every mention, grouped by naming (<see cref="ActorMentionGroup"/>), the groups in the order
    /// of their first mention, documents in id order and each document's mentions as it lists
    /// them. The packed mentions are let go of as they are read, so that resolution does not hold
    /// them twice.
    /// </summary>
    /// <param name="byId">Each document's packed mentions (<see cref="Pack"/>), one entry a document, in any order.</param>
    public ActorMentionGroup[] Group(KeyValuePair<string, byte[]>[] byId)
    {
        Array.Sort(byId, (x, y) => string.CompareOrdinal(x.Key, y.Key));
        var all = namings.All;
        var counts = new int[all.Count];
        var first = new int[all.Count];
        int total = 0;
        foreach (var (_, packed) in byId)
            for (var mentions = new PackedMentions.Reader(packed); mentions.Next(out int naming, out _); total++)
                if (counts[naming]++ == 0) first[naming] = total;
        if (total == 0) return [];

        // The namings in the order of their first mention, each given its place among the mentions.
        var order = new List<int>();
        for (int n = 0; n < counts.Length; n++)
            if (counts[n] > 0) order.Add(n);
        order.Sort((x, y) => first[x].CompareTo(first[y]));
        var start = new int[all.Count];
        int next = 0;
        foreach (int n in order)
        {
            start[n] = next;
            next += counts[n];
        }

        var ids = new string[byId.Length];
        var documentOf = new int[total];
        var spansOf = new int[total];
        var positionOf = new int[total];
        var spans = new int[all.Count];
        var filled = (int[])start.Clone();
        int position = 0;
        for (int d = 0; d < byId.Length; d++)
        {
            ids[d] = byId[d].Key;
            var mentions = new PackedMentions.Reader(byId[d].Value);
            byId[d] = default;
            for (; mentions.Next(out int naming, out int count); position++)
            {
                int at = filled[naming]++;
                (documentOf[at], spansOf[at], positionOf[at]) = (d, count, position);
                spans[naming] += count;
            }
        }
        var table = new ActorMentionTable(ids, documentOf, spansOf, positionOf);
        var groups = new ActorMentionGroup[order.Count];
        for (int g = 0; g < groups.Length; g++)
        {
            int n = order[g];
            groups[g] = new ActorMentionGroup(all[n], table, start[n], counts[n], spans[n]);
        }
        return groups;
    }

    /// <summary>
    /// Names used by a document's relations and incidents that its names layer did not list
    /// (a profile's "RUS" under a heading): they are actors too, so relations can point at them.
    /// </summary>
    /// <returns>Each as its naming's number and its span count.</returns>
    private List<(int Naming, int Spans)> Unnamed(DocumentFindings findings)
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
        var unnamed = new List<(int, int)>(added.Count);
        foreach (var (_, (name, spans)) in added.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var actor = match.Find(name);
            unnamed.Add((namings.Of(actor?.Name ?? name, actor?.Kind ?? ActorKind.Organization, actor?.Id, actor?.CountryCode, [name], []).Index, spans));
        }
        return unnamed;
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
