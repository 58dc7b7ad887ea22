using Pamir.Core.Actors;

namespace Pamir.Core.Fusion;

/// <summary>Mentions from several documents found to be one actor, with the reason each joined.</summary>
internal sealed class ActorCluster
{
    private readonly List<ActorMention> mentions;
    // The distinct mention names with a space, kept as mentions join, because resolution asks for
    // them inside pairwise loops and a well-known actor has thousands of mentions.
    private readonly List<string> mentionFullNames = [];
    private readonly HashSet<string> mentionFullNameSet = new(StringComparer.Ordinal);
    private CatalogueActor? catalogue;
    private List<string>? fullNames;

    public ActorCluster(ActorMention first, CatalogueActor? catalogue)
    {
        mentions = [];
        this.catalogue = catalogue;
        Add(first, null);
    }

    public IReadOnlyList<ActorMention> Mentions => mentions;

    public CatalogueActor? Catalogue => catalogue;

    /// <summary>Why a mention from another document joined the cluster (shared alias, transliteration rule).</summary>
    public Dictionary<ActorMention, string> Reasons { get; } = new(ReferenceEqualityComparer.Instance);
    public ActorCluster? MergedInto { get; private set; }

    public ActorCluster Root => MergedInto is null ? this : MergedInto.Root;

    /// <summary>The distinct names that carry a given name and a surname: the mentions' in the order first seen, then the catalogue's.</summary>
    public IReadOnlyList<string> FullNames => fullNames ??= catalogue is null
        ? mentionFullNames
        : mentionFullNames.Concat(catalogue.AllNames.Where(n => n.Contains(' ') && !mentionFullNameSet.Contains(n))).Distinct(StringComparer.Ordinal).ToList();

    public void Add(ActorMention mention, string? reason)
    {
        mentions.Add(mention);
        if (reason is not null) Reasons[mention] = reason;
        if (mention.Name.Contains(' ') && mentionFullNameSet.Add(mention.Name))
        {
            mentionFullNames.Add(mention.Name);
            fullNames = null;
        }
    }

    public void Absorb(ActorCluster other, string reason)
    {
        foreach (var m in other.mentions)
            Add(m, other.Reasons.TryGetValue(m, out var earlier) ? earlier : reason);
        if (catalogue is null && other.catalogue is not null)
        {
            catalogue = other.catalogue;
            fullNames = null;
        }
        other.mentions.Clear();
        other.mentionFullNames.Clear();
        other.mentionFullNameSet.Clear();
        other.fullNames = null;
        other.MergedInto = this;
    }
}
