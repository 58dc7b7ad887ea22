using Pamir.Core.Names;

namespace Pamir.Core.Fusion;

/// <summary>
/// The keys a cluster shares its names by (<see cref="ActorResolution"/>): the key of each name and
/// form of its mentions, a group's scoped to its country, each once in the order first met. A
/// well-known actor's thousands of mentions repeat the same few forms, and a key met again in one
/// cluster merges nothing more. One instance serves one resolution, one thread at a time.
/// </summary>
internal sealed class ActorAliasKeys(ActorNameKeys keys)
{
    private readonly List<string> found = [];
    private readonly HashSet<string> seen = new(StringComparer.Ordinal);

    /// <summary>The cluster's alias keys, valid until the next call.</summary>
    public List<string> Of(ActorCluster cluster)
    {
        found.Clear();
        if (seen.Count > 0) seen.Clear();
        var first = cluster.Mentions[0];
        string scope = first.Kind == ActorKind.Group ? "|" + first.CountryCode : "";
        bool catalogued = cluster.Catalogue is not null;
        foreach (var mention in cluster.Mentions)
        {
            Add(mention.Name, scope, catalogued);
            // A form written as the name (most are) has its key.
            foreach (var form in mention.Forms)
                if (!string.Equals(form, mention.Name, StringComparison.Ordinal)) Add(form, scope, catalogued);
        }
        return found;
    }

    private void Add(string form, string scope, bool catalogued)
    {
        // Single-word acronyms are shared by unrelated bodies; they join only through the catalogue.
        if (!catalogued && IsAcronym(form)) return;
        string key = keys.Of(form) + scope;
        if (found.Count < SetFrom ? found.Contains(key) : !seen.Add(key)) return;
        found.Add(key);
        if (found.Count == SetFrom) seen.UnionWith(found);
    }

    /// <summary>Below this many keys (nearly every cluster: one mention), looking one up in the list is as quick as in a set.</summary>
    private const int SetFrom = 8;

    /// <summary>One word whose letters are all capitals ("IMU", "GKNB").</summary>
    private static bool IsAcronym(string form)
    {
        foreach (char c in form)
            if (c == ' ' || char.IsLetter(c) && !char.IsUpper(c)) return false;
        return true;
    }
}
