using Pamir.Core.Actors;

namespace Pamir.Core.Fusion;

/// <summary>Mentions from several documents found to be one actor, with the reason each joined.</summary>
internal sealed class ActorCluster(ActorMention first, CatalogueActor? catalogue)
{
    private List<string>? fullNames;

    public List<ActorMention> Mentions { get; } = [first];

    public CatalogueActor? Catalogue
    {
        get => catalogue;
        set { catalogue = value; fullNames = null; }
    }
    /// <summary>Why a mention from another document joined the cluster (shared alias, transliteration rule).</summary>
    public Dictionary<ActorMention, string> Reasons { get; } = new(ReferenceEqualityComparer.Instance);
    public ActorCluster? MergedInto { get; set; }

    public ActorCluster Root => MergedInto is null ? this : MergedInto.Root;

    public IEnumerable<string> Names => Mentions.Select(m => m.Name).Concat(Catalogue?.AllNames ?? []);

    /// <summary>
    /// The distinct names that carry a given name and a surname, in the order first seen. Kept
    /// until the cluster changes, because resolution asks for them inside pairwise loops and a
    /// well-known actor has thousands of mentions.
    /// </summary>
    public IReadOnlyList<string> FullNames => fullNames ??= Names.Where(n => n.Contains(' ')).Distinct(StringComparer.Ordinal).ToList();

    public void Absorb(ActorCluster other, string reason)
    {
        foreach (var m in other.Mentions)
        {
            Mentions.Add(m);
            Reasons[m] = other.Reasons.TryGetValue(m, out var earlier) ? earlier : reason;
        }
        Catalogue ??= other.Catalogue;
        fullNames = null;
        other.Mentions.Clear();
        other.fullNames = null;
        other.MergedInto = this;
    }
}
