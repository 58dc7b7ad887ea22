using System.Runtime.InteropServices;
using System.Text;
using Pamir.Core.Actors;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Names;
using Pamir.Core.Pipeline;

namespace Pamir.Core.Fusion;

/// <summary>
/// Resolves every document's actor mentions to actors across documents: by catalogue entry, by a
/// shared name or alias, and by transliteration-aware matching of personal names. Two catalogue
/// entries never merge (ISIS-K stays apart from Islamic State), nor two people with different given
/// names. Every form merged in keeps its reason. A pure function of the findings: ids are the
/// catalogue id or derived from the name, so the same findings always give the same actors.
/// </summary>
public static class ActorResolution
{
    public static ActorDirectory Resolve(IReadOnlyList<DocumentFindings> findings, ActorCatalogue catalogue)
    {
        var mentions = new ActorMentions(catalogue);
        var byId = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var document in findings)
        {
            if (mentions.Pack(document) is { } packed) byId[document.DocumentId] = packed;
            else byId.Remove(document.DocumentId);
        }
        return Start(mentions, [.. byId]).Directory();
    }

    /// <summary>
    /// Resolves the mentions gathered into actors, leaving their directory of names to be built
    /// (<see cref="ResolvedActors.Directory"/>) on another core while the actors are written.
    /// </summary>
    /// <remarks>
    /// Resolution compares groups of mentions named alike (<see cref="ActorMentionGroup"/>), not
    /// mentions: a hundred thousand documents name a few thousand actors in a few tens of thousands
    /// of ways. Mentions named alike would each join the cluster the first of them joins, which alone
    /// adds names and reasons, or, where the first joins nothing, each stay apart; so a group stands
    /// where its first mention stood and is taken apart again where it joined nothing.
    /// </remarks>
    /// <param name="mentions">What packed the mentions.</param>
    /// <param name="byId">Each document's packed mentions, in any order; let go of as they are read.</param>
    internal static ResolvedActors Start(ActorMentions mentions, KeyValuePair<string, byte[]>[] byId)
    {
        var keys = mentions.Keys;
        var groups = mentions.Group(byId);
        if (groups.Length == 0) return ResolvedActors.Empty;

        var clusters = new List<ActorCluster>();
        var byCatalogue = new Dictionary<string, ActorCluster>(StringComparer.Ordinal);
        for (int i = 0; i < groups.Length; i++)
        {
            var group = groups[i];
            var entry = group.Catalogue;
            if (entry is not null && byCatalogue.TryGetValue(entry.Id, out var known))
            {
                known.Add(group, group.CatalogueReason);
                continue;
            }
            var cluster = new ActorCluster(groups, i, entry, group.CatalogueReason);
            clusters.Add(cluster);
            if (entry is not null) byCatalogue[entry.Id] = cluster;
        }

        MergeSharedNames(clusters, keys);
        MergePeople(clusters, keys);
        return Build(Live(clusters), keys);
    }

    /// <summary>The clusters not merged into another, a cluster apart taken into one per mention, in the order of their first mention.</summary>
    private static List<ActorCluster> Live(List<ActorCluster> clusters)
    {
        var live = new List<ActorCluster>(clusters.Count);
        bool apart = false;
        foreach (var cluster in clusters)
        {
            if (cluster.MergedInto is not null) continue;
            if (!cluster.Apart || cluster.Mentions[0].Count == 1)
            {
                live.Add(cluster);
                continue;
            }
            var each = cluster.Mentions[0].EachMention();
            for (int i = 0; i < each.Length; i++) live.Add(new ActorCluster(each, i, null, null));
            apart = true;
        }
        if (apart) live.Sort((x, y) => x.Mentions[0].First.CompareTo(y.Mentions[0].First));
        return live;
    }

    /// <summary>Organisations, groups and states written the same way (or sharing a longer alias) in different documents.</summary>
    private static void MergeSharedNames(List<ActorCluster> clusters, ActorNameKeys keys)
    {
        var owner = new Dictionary<string, ActorCluster>(StringComparer.Ordinal);
        var aliasKeys = new ActorAliasKeys(keys);
        // Tens of thousands of one-mention clusters join a few well-known actors under the same few names.
        var reasons = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            if (cluster.MergedInto is not null) continue;
            var first = cluster.Mentions[0];
            if (first.Kind == ActorKind.Person && cluster.Catalogue is null) continue;
            // A cluster that neither holds a key nor joins through one shares no name: nor would
            // its mentions, each on its own.
            bool shares = false;
            foreach (var key in aliasKeys.Of(cluster))
            {
                ref var other = ref CollectionsMarshal.GetValueRefOrAddDefault(owner, key, out bool exists);
                if (!exists)
                {
                    other = cluster;
                    shares = true;
                    continue;
                }
                var target = other!.Root;
                if (target == cluster.Root || !CanMerge(target, cluster)) continue;
                string alias = AliasText(cluster, key, keys);
                if (!reasons.TryGetValue(alias, out var reason)) reasons[alias] = reason = $"shared alias \"{alias}\"";
                target.Absorb(cluster.Root, reason);
                shares = true;
            }
            if (!shares && cluster.Catalogue is null) cluster.Apart = true;
        }
    }

    /// <summary>The first of the cluster's names and forms whose key the alias key starts with, else the key.</summary>
    private static string AliasText(ActorCluster cluster, string key, ActorNameKeys keys)
    {
        foreach (var mention in cluster.Mentions)
        {
            if (key.StartsWith(keys.Of(mention.Name), StringComparison.Ordinal)) return mention.Name;
            foreach (var form in mention.Forms)
                if (key.StartsWith(keys.Of(form), StringComparison.Ordinal)) return form;
        }
        return key;
    }

    private static bool CanMerge(ActorCluster a, ActorCluster b)
    {
        if (a.Catalogue is not null && b.Catalogue is not null && a.Catalogue.Id != b.Catalogue.Id) return false;
        var ka = a.Mentions[0].Kind;
        var kb = b.Mentions[0].Kind;
        if ((ka == ActorKind.Person) != (kb == ActorKind.Person)) return false;
        if ((ka == ActorKind.Group) != (kb == ActorKind.Group)) return false;
        return true;
    }

    /// <summary>People: full names equal up to transliteration, then lone surnames to the one full name they fit.</summary>
    private static void MergePeople(List<ActorCluster> clusters, ActorNameKeys keys)
    {
        var people = new List<ActorCluster>();
        foreach (var cluster in clusters)
            if (cluster.MergedInto is null && cluster.Mentions[0].Kind == ActorKind.Person) people.Add(cluster);
        PrepareKeys(people, keys);
        // A full name with no signature is no one else, nor any lone surname's.
        foreach (var person in people)
            if (person.Catalogue is null && FullNames(person).Count > 0 && person.Signatures(keys).Length == 0) person.Apart = true;
        MergeBuckets(SurnameBuckets(people, keys), keys);

        // Absorbing a lone surname adds no full name, so the full names indexed here stay valid.
        var named = new List<ActorCluster>();
        var seen = new HashSet<ActorCluster>(ReferenceEqualityComparer.Instance);
        foreach (var person in people)
            if (person.Root is var root && seen.Add(root) && FullNames(root).Count > 0) named.Add(root);
        var bySurname = FullNamesBySurname(named, keys);
        var lones = new List<ActorCluster>();
        foreach (var person in people)
            if (person.MergedInto is null && person.Catalogue is null && FullNames(person).Count == 0) lones.Add(person);
        foreach (var lone in lones)
        {
            string surname = lone.Mentions[0].Name;
            if (keys.LoneSurnameOf(surname) is { } key && bySurname.TryGetValue(key, out var fits) && OnlyFit(fits, lone) is { } fit)
                fit.Absorb(lone, FullNames(fit).Select(n => ActorPersonMatch.SameSurname(n, surname)).First(r => r is not null)!);
            else lone.Apart = true;
        }
    }

    /// <summary>
    /// Computes the person keys of every name the people go by on several cores: merges only join
    /// these names, so the buckets below read them and never compute one.
    /// </summary>
    private static void PrepareKeys(List<ActorCluster> people, ActorNameKeys keys)
    {
        var fullNames = new List<string>();
        var loneNames = new List<string>();
        foreach (var person in people)
        {
            var names = FullNames(person);
            for (int i = 0; i < names.Count; i++) fullNames.Add(names[i]);
            if (names.Count == 0) loneNames.Add(person.Mentions[0].Name);
        }
        keys.PreparePeople(fullNames, loneNames);
    }

    /// <summary>
    /// Merges the people of each surname bucket (<see cref="ActorSurnameBucket"/>) as if bucket after
    /// bucket. Two buckets that share no person never touch the same clusters, so the buckets are
    /// linked into groups by the people they share, and the groups are merged on several cores, each
    /// group's buckets in order: the merges, and their reasons, do not depend on the threads.
    /// </summary>
    private static void MergeBuckets(List<List<ActorCluster>> buckets, ActorNameKeys keys)
    {
        var groups = LinkedBuckets(buckets);
        // The largest groups first, so that no core is left with a large one at the end.
        groups.Sort((x, y) => y.Members.CompareTo(x.Members));
        Parallel.For(0, groups.Count, g =>
        {
            var own = keys.Beside();
            Func<ActorCluster, ActorCluster, string?> merge = (a, b) => MergeIfSamePerson(a, b, own);
            foreach (var members in groups[g].Buckets) new ActorSurnameBucket(members, own, merge).MergeAll();
        });
    }

    /// <summary>
    /// The buckets of more than one person (a person alone under a surname has no one to be), in
    /// groups that share no person, each group's buckets in the order given.
    /// </summary>
    private static List<(List<List<ActorCluster>> Buckets, int Members)> LinkedBuckets(List<List<ActorCluster>> buckets)
    {
        var parent = new int[buckets.Count];
        for (int b = 0; b < parent.Length; b++) parent[b] = b;
        var firstBucket = new Dictionary<ActorCluster, int>(ReferenceEqualityComparer.Instance);
        for (int b = 0; b < buckets.Count; b++)
        {
            if (buckets[b].Count < 2) continue;
            foreach (var person in buckets[b])
            {
                ref int first = ref CollectionsMarshal.GetValueRefOrAddDefault(firstBucket, person, out bool exists);
                if (!exists) first = b;
                else parent[Root(first)] = Root(b);
            }
        }
        var groups = new List<(List<List<ActorCluster>> Buckets, int Members)>();
        var groupOf = new Dictionary<int, int>();
        for (int b = 0; b < buckets.Count; b++)
        {
            if (buckets[b].Count < 2) continue;
            ref int g = ref CollectionsMarshal.GetValueRefOrAddDefault(groupOf, Root(b), out bool exists);
            if (!exists)
            {
                g = groups.Count;
                groups.Add(([], 0));
            }
            var (linked, members) = groups[g];
            linked.Add(buckets[b]);
            groups[g] = (linked, members + buckets[b].Count);
        }
        return groups;

        int Root(int b)
        {
            while (parent[b] != b) b = parent[b] = parent[parent[b]];
            return b;
        }
    }

    /// <summary>
    /// The people by the surname key of each of their full names, as they are before any merge:
    /// each key in the order first met, each person once under it, in the order given.
    /// </summary>
    private static List<List<ActorCluster>> SurnameBuckets(List<ActorCluster> people, ActorNameKeys keys)
    {
        var byKey = new Dictionary<string, List<ActorCluster>>(StringComparer.Ordinal);
        var buckets = new List<List<ActorCluster>>();
        foreach (var person in people)
        {
            var names = FullNames(person);
            for (int i = 0; i < names.Count; i++)
            {
                ref var members = ref CollectionsMarshal.GetValueRefOrAddDefault(byKey, keys.SurnameOf(names[i]), out bool exists);
                if (!exists) buckets.Add(members = []);
                // A person's names are taken one after another, so a person already under the key is the last one.
                if (members!.Count == 0 || members[^1] != person) members.Add(person);
            }
        }
        return buckets;
    }

    /// <summary>Merges two people when they are one (the catalogued one kept); the reason, else null.</summary>
    private static string? MergeIfSamePerson(ActorCluster a, ActorCluster b, ActorNameKeys keys)
    {
        if (!CanMerge(a, b) || Conflict(a, b)) return null;
        var reason = SamePerson(a, b, keys);
        if (reason is null) return null;
        var (keep, absorbed) = a.Catalogue is null && b.Catalogue is not null ? (b, a) : (a, b);
        keep.Absorb(absorbed, reason);
        return reason;
    }

    /// <summary>The one full name a lone surname fits, or null when none or several do.</summary>
    private static ActorCluster? OnlyFit(List<ActorCluster> fits, ActorCluster lone)
    {
        ActorCluster? only = null;
        foreach (var fit in fits)
        {
            if (fit == lone || fit.MergedInto is not null) continue;
            if (only is not null) return null;
            only = fit;
        }
        return only;
    }

    /// <summary>Clusters by the surname key of each of their full names, each cluster once per key, in the order given.</summary>
    private static Dictionary<string, List<ActorCluster>> FullNamesBySurname(List<ActorCluster> clusters, ActorNameKeys keys)
    {
        var index = new Dictionary<string, List<ActorCluster>>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            var names = FullNames(cluster);
            for (int i = 0; i < names.Count; i++)
            {
                if (keys.FullSurnameOf(names[i]) is not { } key) continue;
                if (!index.TryGetValue(key, out var list)) index[key] = list = [];
                if (list.Count == 0 || list[^1] != cluster) list.Add(cluster);
            }
        }
        return index;
    }

    private static IReadOnlyList<string> FullNames(ActorCluster cluster) => cluster.FullNames;

    /// <summary>The reason the first of b's full names that is a spelling of one of a's makes them one person, or null.</summary>
    private static string? SamePerson(ActorCluster a, ActorCluster b, ActorNameKeys keys)
    {
        if (!a.SharesSignature(b, keys)) return null;
        // Indexed: a foreach over the read-only lists would box their enumerators, for every pair compared.
        IReadOnlyList<string> namesA = a.FullNames, namesB = b.FullNames;
        for (int j = 0; j < namesB.Count; j++)
            for (int i = 0; i < namesA.Count; i++)
                if (keys.SamePerson(namesA[i], namesB[j]) is { } reason) return reason;
        return null;
    }

    /// <summary>Two people whose full names have different given names are two people, whatever else matches.</summary>
    private static bool Conflict(ActorCluster a, ActorCluster b) =>
        a.Catalogue is not null && b.Catalogue is not null && a.Catalogue.Id != b.Catalogue.Id;

    private static ResolvedActors Build(List<ActorCluster> clusters, ActorNameKeys keys)
    {
        // A cluster's canonical name and actor depend on its own mentions alone, so they are made
        // on several cores; only the ids are handed out one by one, in canonical order, as each
        // must differ from those before it.
        var names = new string[clusters.Count];
        Parallel.For(0, clusters.Count, i => names[i] = clusters[i].Catalogue?.Name ?? CanonicalName(clusters[i]));
        // The canonical name orders the clusters and names the actor.
        var named = clusters.Select((c, i) => (Cluster: c, Name: names[i]))
            .OrderBy(c => c.Cluster.Catalogue?.Id ?? "~" + c.Name, StringComparer.Ordinal)
            .ToList();
        var drafts = new Actor[named.Count];
        Parallel.For(0, named.Count, i => drafts[i] = ToActor(named[i].Cluster, named[i].Name, keys));

        var actors = new List<Actor>(drafts.Length);
        var byForm = new Dictionary<string, string?>(StringComparer.Ordinal);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        for (int i = 0; i < drafts.Length; i++)
        {
            var actor = named[i].Cluster.Catalogue is null ? WithUniqueId(drafts[i], usedIds) : drafts[i];
            usedIds.Add(actor.Id);
            actors.Add(actor);
            foreach (var form in actor.Aliases.Append(actor.Name))
            {
                string key = keys.Of(form);
                byForm[key] = byForm.TryGetValue(key, out var other) && other != actor.Id ? null : actor.Id;
            }
        }
        var inOrder = new ActorCluster[named.Count];
        for (int i = 0; i < inOrder.Length; i++) inOrder[i] = named[i].Cluster;
        var byCluster = actors.ToArray();
        actors.Sort((x, y) => y.MentionCount != x.MentionCount ? y.MentionCount.CompareTo(x.MentionCount) : string.CompareOrdinal(x.Id, y.Id));
        return new ResolvedActors(actors, inOrder, byCluster, byForm, keys);
    }

    /// <summary>The actor with an id no actor before it has: its slug, else qualified by its kind and country, else numbered.</summary>
    private static Actor WithUniqueId(Actor draft, HashSet<string> used)
    {
        string id = UniqueId(draft.Id, draft.Kind, draft.CountryCode, used);
        return id == draft.Id ? draft : draft with { Id = id };
    }

    /// <summary>The cluster's actor, its id the catalogue's or, to be made unique, the slug of its name. From several threads at once: it writes nothing shared.</summary>
    private static Actor ToActor(ActorCluster cluster, string name, ActorNameKeys keys)
    {
        var entry = cluster.Catalogue;
        var kind = entry?.Kind ?? MostCommonKind(cluster.Mentions);
        string? country = entry is null ? MostCommonCountry(cluster.Mentions) : entry.CountryCode;
        string id = entry?.Id ?? Slug(name);

        var metonyms = new HashSet<string>((entry?.Metonyms ?? []).Select(keys.OfReadOnly), StringComparer.Ordinal);
        var merges = new List<MergeReason>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { keys.OfReadOnly(name) };
        var aliases = new List<string>();
        var listed = new HashSet<string>((entry?.AllNames ?? []).Select(keys.OfReadOnly), StringComparer.Ordinal);
        var mentions = cluster.Mentions;
        for (int i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            string? joined = cluster.ReasonAt(i);
            Alias(mention, joined, mention.Name);
            foreach (var form in mention.Forms) Alias(mention, joined, form);
        }
        foreach (var listedName in entry?.AllNames ?? [])
            if (seen.Add(keys.OfReadOnly(listedName))) aliases.Add(listedName);

        return new Actor
        {
            Id = id,
            Name = name,
            Kind = kind,
            CountryCode = country,
            Aliases = aliases,
            Roles = Roles(cluster.Mentions),
            MentionCount = MentionCount(cluster.Mentions),
            Documents = Documents(cluster.Mentions),
            Merges = merges,
        };

        void Alias(ActorMentionGroup mention, string? joined, string form)
        {
            string key = keys.OfReadOnly(form);
            if (metonyms.Contains(key) || !seen.Add(key)) return;
            aliases.Add(form);
            merges.Add(new MergeReason(form, ReasonFor(mention, joined, form, name, listed.Contains(key), keys)));
        }
    }

    private static readonly int KindCount = Enum.GetValues<ActorKind>().Length;

    /// <summary>The kind most mentions give, the first kind declared on a tie.</summary>
    private static ActorKind MostCommonKind(ArraySegment<ActorMentionGroup> mentions)
    {
        Span<int> counts = stackalloc int[KindCount];
        foreach (var mention in mentions) counts[(int)mention.Kind] += mention.Count;
        int best = 0;
        for (int k = 1; k < counts.Length; k++)
            if (counts[k] > counts[best]) best = k;
        return (ActorKind)best;
    }

    /// <summary>The country most mentions that give one give, the first in ordinal order on a tie; null when none gives one.</summary>
    private static string? MostCommonCountry(ArraySegment<ActorMentionGroup> mentions)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in mentions)
            if (mention.CountryCode is { } country) CollectionsMarshal.GetValueRefOrAddDefault(counts, country, out _) += mention.Count;
        string? best = null;
        int most = 0;
        foreach (var (country, count) in counts)
            if (count > most || count == most && string.CompareOrdinal(country, best) < 0) (best, most) = (country, count);
        return best;
    }

    /// <summary>Every role the mentions give, the first spelling of each (case aside), in the order met.</summary>
    private static List<string> Roles(ArraySegment<ActorMentionGroup> mentions)
    {
        var roles = new List<string>();
        HashSet<string>? seen = null;
        foreach (var mention in mentions)
            foreach (var role in mention.Roles)
                if ((seen ??= new(StringComparer.OrdinalIgnoreCase)).Add(role)) roles.Add(role);
        return roles;
    }

    private static int MentionCount(ArraySegment<ActorMentionGroup> mentions)
    {
        int count = 0;
        foreach (var mention in mentions) count += mention.SpanCount;
        return count;
    }

    /// <summary>The documents of the mentions, each once, in ordinal order.</summary>
    private static ActorDocuments Documents(ArraySegment<ActorMentionGroup> mentions)
    {
        // The table numbers the documents in ordinal order of their ids.
        int count = 0;
        foreach (var mention in mentions) count += mention.Count;
        var positions = new int[count];
        int next = 0;
        foreach (var mention in mentions)
        {
            mention.DocumentPositions.CopyTo(positions.AsSpan(next));
            next += mention.Count;
        }
        Array.Sort(positions);
        int distinct = SortedDistinct.Keep<int>(positions);
        if (distinct < positions.Length) Array.Resize(ref positions, distinct);
        return new ActorDocuments(mentions[0].Table.Documents, positions);
    }

    /// <param name="joined">Why the mention joined its cluster from another document, or null.</param>
    private static string ReasonFor(ActorMentionGroup mention, string? joined, string form, string name, bool listed, ActorNameKeys keys)
    {
        if (listed) return $"catalogue: listed name of {name}";
        bool sameName = keys.OfReadOnly(mention.Name) == keys.OfReadOnly(name);
        if (form == mention.Name && !sameName)
        {
            if (mention.Kind == ActorKind.Person && (ActorPersonMatch.SamePerson(name, form) ?? ActorPersonMatch.SameSurname(name, form)) is { } person)
                return person;
            if (joined is not null) return joined;
        }
        if (NameFold.Fold(mention.Name).Split(' ').Contains(NameFold.Fold(form)))
            return $"partial name of {mention.Name} in document {mention.DocumentId}";
        return $"same actor as {mention.Name} in document {mention.DocumentId} (acronym, title or apposition)";
    }

    /// <summary>The fullest name the documents use: most words, then most mentions, then alphabetical.</summary>
    private static string CanonicalName(ActorCluster cluster)
    {
        var mentions = cluster.Mentions;
        if (mentions.Count == 1) return mentions[0].Name;
        var spans = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var mention in mentions) CollectionsMarshal.GetValueRefOrAddDefault(spans, mention.Name, out _) += mention.SpanCount;
        string? best = null;
        int bestWords = 0, bestSpans = 0;
        foreach (var (name, count) in spans)
        {
            int words = name.AsSpan().Count(' ');
            if (best is null || words > bestWords || words == bestWords && (count > bestSpans || count == bestSpans && string.CompareOrdinal(name, best) < 0))
                (best, bestWords, bestSpans) = (name, words, count);
        }
        return best!;
    }

    private static string UniqueId(string slug, ActorKind kind, string? country, HashSet<string> used)
    {
        if (!used.Contains(slug)) return slug;
        string qualified = $"{slug}-{kind.ToExport().Replace('_', '-')}{(country is null ? "" : "-" + country.ToLowerInvariant())}";
        if (!used.Contains(qualified)) return qualified;
        for (int n = 2; ; n++)
            if (!used.Contains($"{qualified}-{n}")) return $"{qualified}-{n}";
    }

    private static string Slug(string name)
    {
        var sb = new StringBuilder();
        foreach (char c in NameFold.Fold(name))
        {
            if (char.IsAsciiLetterOrDigit(c)) sb.Append(c);
            else if (sb.Length > 0 && sb[^1] != '-') sb.Append('-');
        }
        return sb.ToString().Trim('-') is { Length: > 0 } slug ? slug : "actor";
    }
}
