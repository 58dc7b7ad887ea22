using Pamir.Core.Actors;

namespace Pamir.Core.Fusion;

/// <summary>Mentions from several documents found to be one actor, with the reason each joined.</summary>
internal sealed class ActorCluster(ActorMention first, CatalogueActor? catalogue)
{
    public List<ActorMention> Mentions { get; } = [first];
    public CatalogueActor? Catalogue { get; set; } = catalogue;
    /// <summary>Why a mention from another document joined the cluster (shared alias, transliteration rule).</summary>
    public Dictionary<ActorMention, string> Reasons { get; } = new(ReferenceEqualityComparer.Instance);
    public ActorCluster? MergedInto { get; set; }

    public ActorCluster Root => MergedInto is null ? this : MergedInto.Root;

    public IEnumerable<string> Names => Mentions.Select(m => m.Name).Concat(Catalogue?.AllNames ?? []);

    public void Absorb(ActorCluster other, string reason)
    {
        foreach (var m in other.Mentions)
        {
            Mentions.Add(m);
            Reasons[m] = other.Reasons.TryGetValue(m, out var earlier) ? earlier : reason;
        }
        Catalogue ??= other.Catalogue;
        other.Mentions.Clear();
        other.MergedInto = this;
    }
}
