using Pamir.Core.Actors;

namespace Pamir.Core.Fusion;

/// <summary>Mentions from several documents found to be one actor, with the reason each joined.</summary>
internal sealed class ActorCluster
{
    // A cluster is made for every mention no catalogue entry gathers (most of them) before names
    // merge them, so what few clusters need is made only once they need it.
    private readonly List<ActorMentionView> mentions = new(1);
    // The distinct mention names with a space, kept as mentions join, because resolution asks for
    // them inside pairwise loops and a well-known actor has thousands of mentions.
    private List<string>? mentionFullNames;
    private HashSet<string>? mentionFullNameSet;
    private Dictionary<ActorMentionView, string>? reasons;
    private CatalogueActor? catalogue;
    private List<string>? fullNames;
    private int[]? signatures;

    public ActorCluster(ActorMentionView first, CatalogueActor? catalogue, string? reason)
    {
        this.catalogue = catalogue;
        Add(first, reason);
    }

    public IReadOnlyList<ActorMentionView> Mentions => mentions;

    public CatalogueActor? Catalogue => catalogue;

    public ActorCluster? MergedInto { get; private set; }

    public ActorCluster Root => MergedInto is null ? this : MergedInto.Root;

    /// <summary>The distinct names that carry a given name and a surname: the mentions' in the order first seen, then the catalogue's.</summary>
    public IReadOnlyList<string> FullNames => fullNames ??= catalogue is null
        ? mentionFullNames ?? []
        : (mentionFullNames ?? []).Concat(catalogue.AllNames.Where(n => n.Contains(' ') && mentionFullNameSet?.Contains(n) != true)).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Why a mention from another document joined the cluster (shared alias, transliteration rule), or null.</summary>
    public string? ReasonOf(ActorMentionView mention) => reasons is not null && reasons.TryGetValue(mention, out var reason) ? reason : null;

    /// <summary>
    /// The numbers of the person signatures of the full names (<see cref="ActorNameKeys.SignatureOf"/>),
    /// ascending, kept until the names change: two clusters can only be one person when they share one.
    /// </summary>
    public int[] Signatures(ActorNameKeys keys)
    {
        if (signatures is null)
        {
            var found = new SortedSet<int>();
            foreach (var name in FullNames)
                if (keys.SignatureOf(name) is >= 0 and int signature) found.Add(signature);
            signatures = [.. found];
        }
        return signatures;
    }

    public bool SharesSignature(ActorCluster other, ActorNameKeys keys)
    {
        int[] x = Signatures(keys), y = other.Signatures(keys);
        for (int i = 0, j = 0; i < x.Length && j < y.Length;)
        {
            if (x[i] == y[j]) return true;
            if (x[i] < y[j]) i++; else j++;
        }
        return false;
    }

    public void Add(ActorMentionView mention, string? reason)
    {
        mentions.Add(mention);
        if (reason is not null) (reasons ??= new(ReferenceEqualityComparer.Instance))[mention] = reason;
        if (mention.Name.Contains(' ') && (mentionFullNameSet ??= new(StringComparer.Ordinal)).Add(mention.Name))
        {
            (mentionFullNames ??= []).Add(mention.Name);
            NamesChanged();
        }
    }

    private void NamesChanged()
    {
        fullNames = null;
        signatures = null;
    }

    public void Absorb(ActorCluster other, string reason)
    {
        foreach (var m in other.mentions)
            Add(m, other.ReasonOf(m) ?? reason);
        if (catalogue is null && other.catalogue is not null)
        {
            catalogue = other.catalogue;
            NamesChanged();
        }
        other.mentions.Clear();
        other.mentions.TrimExcess();
        other.mentionFullNames?.Clear();
        other.mentionFullNameSet?.Clear();
        other.reasons = null;
        other.NamesChanged();
        other.MergedInto = this;
    }
}
