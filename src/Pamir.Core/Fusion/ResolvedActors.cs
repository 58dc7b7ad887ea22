using Pamir.Core.KnowledgeBase;

namespace Pamir.Core.Fusion;

/// <summary>
/// The actors a resolution found (<see cref="ActorResolution.Start"/>), with the clusters of
/// mentions they were made of, kept only until the directory of names is built from them: the
/// actors are written while the directory is built beside them, for incident fusion.
/// </summary>
internal sealed class ResolvedActors
{
    private readonly Dictionary<string, string?> byForm;
    private readonly ActorNameKeys keys;
    // The clusters and, at the same positions, their actors; released once the directory is built.
    private ActorCluster[]? clusters;
    private Actor[]? byCluster;

    /// <param name="actors">The actors, most mentioned first.</param>
    /// <param name="byForm">The actor each name key stands for anywhere, or null when several go by it.</param>
    public ResolvedActors(IReadOnlyList<Actor> actors, ActorCluster[] clusters, Actor[] byCluster, Dictionary<string, string?> byForm, ActorNameKeys keys)
    {
        Actors = actors;
        this.clusters = clusters;
        this.byCluster = byCluster;
        this.byForm = byForm;
        this.keys = keys;
    }

    public static ResolvedActors Empty => new([], [], [], [], new ActorNameKeys());

    /// <summary>The actors, most mentioned first; read from any thread.</summary>
    public IReadOnlyList<Actor> Actors { get; }

    /// <summary>
    /// The directory of names, built once, on one thread: it takes over the name keys resolution
    /// computed, and the clusters are released.
    /// </summary>
    public ActorDirectory Directory()
    {
        var exceptions = DocumentExceptions(clusters ?? throw Built(), byCluster!);
        clusters = null;
        byCluster = null;
        return new ActorDirectory(Actors, exceptions, byForm, keys);
    }

    /// <summary>
    /// The actor each document's forms joined, where it is not the one the form names anywhere:
    /// most forms name one actor across the base, and a 100,000-document base has about a million
    /// (document, form) pairs, held while incidents are fused. The last cluster to claim a pair
    /// decides it, as when every pair was kept.
    /// </summary>
    private Dictionary<(string, string), string> DocumentExceptions(ActorCluster[] clusters, Actor[] byCluster)
    {
        var byDocument = new Dictionary<(string, string), string>();
        // Nearly every pair names the actor its form names anywhere: only a document holding an
        // exception already can have one to take back.
        var excepted = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < clusters.Length; i++)
        {
            string id = byCluster[i].Id;
            foreach (var group in clusters[i].Mentions)
            {
                var documents = group.Table.Documents;
                // A form written as the name (most are) claims the same pair for the same actor.
                foreach (var form in group.Forms)
                    if (!string.Equals(form, group.Name, StringComparison.Ordinal)) Claim(group.DocumentPositions, documents, form, id);
                Claim(group.DocumentPositions, documents, group.Name, id);
            }
        }
        return byDocument;

        // One actor's claims of one form, in any order: each pair ends as the actor's claim or as none.
        void Claim(ReadOnlySpan<int> positions, string[] documents, string form, string id)
        {
            string key = keys.Of(form);
            bool named = byForm.TryGetValue(key, out var any) && any == id;
            foreach (int position in positions)
            {
                string document = documents[position];
                if (named)
                {
                    if (excepted.Contains(document)) byDocument.Remove((document, key));
                }
                else
                {
                    byDocument[(document, key)] = id;
                    excepted.Add(document);
                }
            }
        }
    }

    private static InvalidOperationException Built() => new("the directory of these actors was built already");
}
