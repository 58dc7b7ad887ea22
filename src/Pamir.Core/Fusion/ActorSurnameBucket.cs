namespace Pamir.Core.Fusion;

/// <summary>
/// The people who share a surname key, merged pair by pair: every member with every later one, in
/// member order, the first that is the same person joining at once. A common surname gathers
/// thousands of members, nearly all already one person or no kin, so instead of visiting every
/// pair this visits, for each member, only the members whose person holds a signature its own does
/// (no other pair can be one person), in the same order; a pair that failed is visited again only
/// after a merge changed the member's person. The merges, their order and their reasons are those
/// of the plain pairwise loop.
/// </summary>
internal sealed class ActorSurnameBucket
{
    private readonly List<ActorCluster> members;
    private readonly ActorNameKeys keys;
    private readonly Func<ActorCluster, ActorCluster, string?> merge;
    // Each person (a root cluster) with the sorted positions of the members it holds, and the people by signature.
    private readonly Dictionary<ActorCluster, List<int>> positions = new(ReferenceEqualityComparer.Instance);
    private readonly Dictionary<int, HashSet<ActorCluster>> bySignature = [];
    // The working sets of one member's search, emptied for the next (a bucket holds thousands of members).
    private readonly PriorityQueue<ActorCluster, int> queue = new();
    private readonly HashSet<ActorCluster> queued = new(ReferenceEqualityComparer.Instance);
    private readonly HashSet<int> scanned = [];
    private readonly List<ActorCluster> failed = [];

    /// <param name="merge">Tries to merge two people (a before b); the reason when they were merged, else null.</param>
    public ActorSurnameBucket(List<ActorCluster> members, ActorNameKeys keys, Func<ActorCluster, ActorCluster, string?> merge)
    {
        this.members = members;
        this.keys = keys;
        this.merge = merge;
        for (int i = 0; i < members.Count; i++)
        {
            var root = members[i].Root;
            if (!positions.TryGetValue(root, out var held))
            {
                positions[root] = held = [];
                foreach (int signature in root.Signatures(keys)) Person(signature).Add(root);
            }
            held.Add(i);
        }
    }

    public void MergeAll()
    {
        for (int i = 0; i < members.Count; i++)
            MergeWithLater(i);
    }

    /// <summary>Merges member i's person with the people of later members, visited in member order.</summary>
    private void MergeWithLater(int i)
    {
        var person = members[i].Root;
        queue.Clear();
        queued.Clear();
        scanned.Clear();
        failed.Clear();
        int from = i + 1;
        Enqueue(person, from);
        while (queue.TryDequeue(out var other, out int at))
        {
            if (other.MergedInto is not null || other == person) continue;
            // The signature arrays are replaced, not changed, when names join: these stay as they were.
            int[] personSignatures = person.Signatures(keys), otherSignatures = other.Signatures(keys);
            if (merge(person, other) is null)
            {
                failed.Add(other);
                continue;
            }
            var (keep, absorbed, absorbedSignatures) = person.MergedInto is null ? (person, other, otherSignatures) : (other, person, personSignatures);
            Moved(keep, absorbed, absorbedSignatures);
            person = keep;
            from = at + 1;
            // The people that failed may be the same person as the larger one: visit them again from here.
            foreach (var again in failed)
                if (again.MergedInto is null && again != person && Next(again, from) is int next) queue.Enqueue(again, next);
            failed.Clear();
            Enqueue(person, from);
        }
    }

    /// <summary>Queues, at their first member from the given position on, the people sharing a signature not yet scanned with this person.</summary>
    private void Enqueue(ActorCluster person, int from)
    {
        foreach (int signature in person.Signatures(keys))
        {
            if (!scanned.Add(signature) || !bySignature.TryGetValue(signature, out var people)) continue;
            foreach (var other in people)
                if (other != person && queued.Add(other) && Next(other, from) is int next) queue.Enqueue(other, next);
        }
    }

    /// <summary>Keeps the index current after a merge: the absorbed person's members and signatures go to the one kept.</summary>
    private void Moved(ActorCluster keep, ActorCluster absorbed, int[] absorbedSignatures)
    {
        foreach (int signature in absorbedSignatures) bySignature[signature].Remove(absorbed);
        foreach (int signature in keep.Signatures(keys)) Person(signature).Add(keep);
        var (large, small) = positions[keep].Count >= positions[absorbed].Count ? (positions[keep], positions[absorbed]) : (positions[absorbed], positions[keep]);
        foreach (int p in small)
        {
            int at = large.BinarySearch(p);
            large.Insert(~at, p);
        }
        positions[keep] = large;
        positions.Remove(absorbed);
    }

    private int? Next(ActorCluster person, int from)
    {
        var held = positions[person];
        int at = held.BinarySearch(from);
        if (at < 0) at = ~at;
        return at < held.Count ? held[at] : null;
    }

    private HashSet<ActorCluster> Person(int signature)
    {
        if (!bySignature.TryGetValue(signature, out var people)) bySignature[signature] = people = new(ReferenceEqualityComparer.Instance);
        return people;
    }
}
