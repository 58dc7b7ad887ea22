using Pamir.Core.Actors;

namespace Pamir.Core.Fusion;

/// <summary>
/// Mentions from several documents found to be one actor, a group of mentions named alike at a
/// time (<see cref="ActorMentionGroup"/>), with the reason each group joined.
/// </summary>
internal sealed class ActorCluster
{
    // A cluster is made for every group no catalogue entry gathers (most of them) before names
    // merge them, so a cluster of one group reads it where resolution lists every group, and gets
    // an array of its own only once a second one joins; what few clusters need is made only once
    // they need it.
    private ActorMentionGroup[] mentions;
    private int offset;
    private int count;
    private bool owned;
    // The distinct mention names with a space, kept as mentions join, because resolution asks for
    // them inside pairwise loops and a well-known actor has hundreds of namings; looked up in a
    // set only once there are enough of them to be worth one.
    private List<string>? mentionFullNames;
    private HashSet<string>? mentionFullNameSet;
    // The reason each group joined, by its position among the groups, made once one has a
    // reason and grown only when a later one has: a mention past its end has none.
    private string?[]? reasons;
    private CatalogueActor? catalogue;
    private List<string>? fullNames;
    private int[]? signatures;

    /// <param name="every">Every group resolution reads, held as long as the cluster is.</param>
    /// <param name="first">The position of the cluster's first group among them.</param>
    public ActorCluster(ActorMentionGroup[] every, int first, CatalogueActor? catalogue, string? reason)
    {
        this.catalogue = catalogue;
        mentions = every;
        offset = first;
        count = 1;
        Joined(every[first], reason);
    }

    /// <summary>The groups of mentions, in the order they joined.</summary>
    public ArraySegment<ActorMentionGroup> Mentions => new(mentions, offset, count);

    public CatalogueActor? Catalogue => catalogue;

    public ActorCluster? MergedInto { get; private set; }

    public ActorCluster Root => MergedInto is null ? this : MergedInto.Root;

    /// <summary>
    /// Set on a cluster of one group whose mentions never join anything, not even each other (a
    /// lone surname no full name fits, a name whose every key another kind of actor holds): each
    /// mention is an actor of its own, as when each was resolved apart.
    /// </summary>
    public bool Apart { get; set; }

    /// <summary>The distinct names that carry a given name and a surname: the mentions' in the order first seen, then the catalogue's.</summary>
    public IReadOnlyList<string> FullNames => fullNames ??= catalogue is null
        ? mentionFullNames ?? []
        : (mentionFullNames ?? []).Concat(catalogue.AllNames.Where(n => n.Contains(' ') && !HasMentionFullName(n))).Distinct(StringComparer.Ordinal).ToList();

    /// <summary>Why the group at this position joined the cluster from another document (shared alias, transliteration rule), or null.</summary>
    public string? ReasonAt(int position) => reasons is not null && position < reasons.Length ? reasons[position] : null;

    /// <summary>
    /// The numbers of the person signatures of the full names (<see cref="ActorNameKeys.SignatureOf"/>),
    /// ascending, kept until the names change: two clusters can only be one person when they share one.
    /// </summary>
    public int[] Signatures(ActorNameKeys keys)
    {
        if (signatures is null)
        {
            var found = new List<int>(FullNames.Count);
            var names = FullNames;
            // Indexed: a foreach over the read-only list would box its enumerator, for every cluster.
            for (int i = 0; i < names.Count; i++)
                if (keys.SignatureOf(names[i]) is >= 0 and int signature) found.Add(signature);
            found.Sort();
            SortedDistinct.Keep(found);
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

    public void Add(ActorMentionGroup mention, string? reason)
    {
        Reserve(count + 1);
        mentions[count++] = mention;
        Joined(mention, reason);
    }

    /// <summary>How many mentions the cluster has room for before its array must grow.</summary>
    private int Capacity => owned ? mentions.Length : count;

    /// <summary>Room for this many mentions, in an array of the cluster's own.</summary>
    private void Reserve(int needed)
    {
        if (Capacity >= needed) return;
        var grown = new ActorMentionGroup[Math.Max(needed, count * 2)];
        Array.Copy(mentions, offset, grown, 0, count);
        (mentions, offset, owned) = (grown, 0, true);
    }

    private void Joined(ActorMentionGroup mention, string? reason)
    {
        if (reason is not null)
        {
            reasons ??= new string?[Capacity];
            if (reasons.Length < Capacity) Array.Resize(ref reasons, Capacity);
            reasons[count - 1] = reason;
        }
        if (!mention.Name.Contains(' ') || HasMentionFullName(mention.Name)) return;
        (mentionFullNames ??= new(1)).Add(mention.Name);
        if (mentionFullNameSet is not null) mentionFullNameSet.Add(mention.Name);
        else if (mentionFullNames.Count == FullNameSetFrom) mentionFullNameSet = new(mentionFullNames, StringComparer.Ordinal);
        NamesChanged();
    }

    /// <summary>Below this many full names, looking one up in the list is as quick as in a set.</summary>
    private const int FullNameSetFrom = 8;

    private bool HasMentionFullName(string name) =>
        mentionFullNameSet?.Contains(name) ?? mentionFullNames?.Contains(name) ?? false;

    private void NamesChanged()
    {
        fullNames = null;
        signatures = null;
    }

    public void Absorb(ActorCluster other, string reason)
    {
        Reserve(count + other.count);
        for (int i = 0; i < other.count; i++)
            Add(other.mentions[other.offset + i], other.ReasonAt(i) ?? reason);
        if (catalogue is null && other.catalogue is not null)
        {
            catalogue = other.catalogue;
            NamesChanged();
        }
        other.mentions = [];
        (other.offset, other.count, other.owned) = (0, 0, false);
        other.mentionFullNames = null;
        other.mentionFullNameSet = null;
        other.reasons = null;
        other.NamesChanged();
        other.MergedInto = this;
    }
}
