using System.Text;
using Pamir.Core.Actors;
using Pamir.Core.KnowledgeBase;
using Pamir.Core.Names;
using Pamir.Core.Pipeline;
using Pamir.Core.Text;

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
        var mentions = findings.OrderBy(f => f.DocumentId, StringComparer.Ordinal)
            .SelectMany(f => f.Actors.Concat(Unnamed(f, catalogue)))
            .ToList();
        if (mentions.Count == 0) return ActorDirectory.Empty;

        var clusters = new List<ActorCluster>();
        var byCatalogue = new Dictionary<string, ActorCluster>(StringComparer.Ordinal);
        var people = CataloguePeople(catalogue);
        foreach (var mention in mentions)
        {
            var (entry, reason) = CatalogueEntryOf(mention, catalogue, people);
            if (entry is not null && byCatalogue.TryGetValue(entry.Id, out var known))
            {
                known.Mentions.Add(mention);
                if (reason is not null) known.Reasons[mention] = reason;
                continue;
            }
            var cluster = new ActorCluster(mention, entry);
            if (reason is not null) cluster.Reasons[mention] = reason;
            clusters.Add(cluster);
            if (entry is not null) byCatalogue[entry.Id] = cluster;
        }

        MergeSharedNames(clusters);
        MergePeople(clusters);
        var live = clusters.Where(c => c.MergedInto is null).ToList();
        return Build(live);
    }

    /// <summary>
    /// Names used by a document's relations and incidents that its names layer did not list
    /// (a profile's "RUS" under a heading): they are actors too, so relations can point at them.
    /// </summary>
    private static IEnumerable<ActorMention> Unnamed(DocumentFindings findings, ActorCatalogue catalogue)
    {
        var known = new HashSet<string>(findings.Actors.SelectMany(a => a.Forms.Append(a.Name)).Select(ActorDirectory.Key), StringComparer.Ordinal);
        var wanted = findings.Relations.SelectMany(r => new[] { (r.Source, r.Evidence), (r.Target, r.Evidence) })
            .Concat(findings.Incidents.SelectMany(i => i.Perpetrators.Concat(i.Targets).Select(n => (n, i.Evidence.FirstOrDefault()))));
        var added = new Dictionary<string, (string Name, List<TextSpan> Spans)>(StringComparer.Ordinal);
        foreach (var (name, evidence) in wanted)
        {
            if (string.IsNullOrWhiteSpace(name)) continue;
            string key = ActorDirectory.Key(name);
            if (known.Contains(key)) continue;
            if (!added.TryGetValue(key, out var entry)) added[key] = entry = (name, []);
            entry.Spans.Add(evidence);
        }
        foreach (var (_, (name, spans)) in added.OrderBy(a => a.Key, StringComparer.Ordinal))
        {
            var actor = catalogue.Find(name);
            yield return new ActorMention
            {
                DocumentId = findings.DocumentId,
                Name = actor?.Name ?? name,
                Kind = actor?.Kind ?? ActorKind.Organization,
                CatalogueId = actor?.Id,
                CountryCode = actor?.CountryCode,
                Forms = [name],
                Spans = spans,
            };
        }
    }

    /// <summary>
    /// The catalogue entry a mention stands for: the one the names layer matched, else one its full
    /// name or a longer form is listed under (a single word — a lone surname, an acronym — is not
    /// enough: "Rahmonov" alone may be another Rahmonov).
    /// </summary>
    private static (CatalogueActor?, string?) CatalogueEntryOf(ActorMention mention, ActorCatalogue catalogue, ILookup<string, (string Name, CatalogueActor Actor)> people)
    {
        if (mention.CatalogueId is { } id && catalogue.Get(id) is { } listed) return (listed, null);
        foreach (var form in mention.Forms.Prepend(mention.Name))
        {
            if (!form.Contains(' ') && form != mention.Name) continue;
            var found = catalogue.FindAll(form).FirstOrDefault(a => Compatible(a.Kind, mention.Kind));
            if (found is not null && (found.Kind != ActorKind.Person || form.Contains(' '))) return (found, $"catalogue: listed name of {found.Name}");
        }
        if (mention.Kind == ActorKind.Person && mention.Name.Contains(' '))
            foreach (var (name, actor) in people[ActorPersonMatch.SurnameKey(mention.Name)])
                if (ActorPersonMatch.SamePerson(name, mention.Name) is { } reason) return (actor, reason);
        return (null, null);
    }

    /// <summary>The catalogue's people by the key of their surname, each full name they are listed under.</summary>
    private static ILookup<string, (string Name, CatalogueActor Actor)> CataloguePeople(ActorCatalogue catalogue) =>
        catalogue.Actors.Where(a => a.Kind == ActorKind.Person)
            .SelectMany(a => a.Aliases.Prepend(a.Name).Where(n => n.Contains(' ')).Select(n => (Name: n, Actor: a)))
            .ToLookup(p => ActorPersonMatch.SurnameKey(p.Name), StringComparer.Ordinal);

    private static bool Compatible(ActorKind a, ActorKind b) =>
        a == b || (a is ActorKind.Organization or ActorKind.ArmedGroup) && (b is ActorKind.Organization or ActorKind.ArmedGroup);

    /// <summary>Organisations, groups and states written the same way (or sharing a longer alias) in different documents.</summary>
    private static void MergeSharedNames(List<ActorCluster> clusters)
    {
        var owner = new Dictionary<string, ActorCluster>(StringComparer.Ordinal);
        foreach (var cluster in clusters)
        {
            if (cluster.MergedInto is not null) continue;
            var first = cluster.Mentions[0];
            if (first.Kind == ActorKind.Person && cluster.Catalogue is null) continue;
            foreach (var key in AliasKeys(cluster).ToList())
            {
                if (!owner.TryGetValue(key, out var other)) { owner[key] = cluster; continue; }
                var target = other.Root;
                if (target == cluster.Root || !CanMerge(target, cluster)) continue;
                target.Absorb(cluster.Root, $"shared alias \"{AliasText(cluster, key)}\"");
            }
        }
    }

    private static IEnumerable<string> AliasKeys(ActorCluster cluster)
    {
        var first = cluster.Mentions[0];
        string scope = first.Kind == ActorKind.Group ? "|" + first.CountryCode : "";
        foreach (var mention in cluster.Mentions.ToList())
            foreach (var form in mention.Forms.Prepend(mention.Name))
            {
                // Single-word acronyms are shared by unrelated bodies; they join only through the catalogue.
                if (!form.Contains(' ') && form.All(c => !char.IsLetter(c) || char.IsUpper(c)) && cluster.Catalogue is null) continue;
                yield return ActorDirectory.Key(form) + scope;
            }
    }

    private static string AliasText(ActorCluster cluster, string key) =>
        cluster.Mentions.SelectMany(m => m.Forms.Prepend(m.Name)).FirstOrDefault(f => key.StartsWith(ActorDirectory.Key(f), StringComparison.Ordinal)) ?? key;

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
    private static void MergePeople(List<ActorCluster> clusters)
    {
        var people = clusters.Where(c => c.MergedInto is null && c.Mentions[0].Kind == ActorKind.Person).ToList();
        var buckets = people
            .SelectMany(c => FullNames(c).Select(n => (Key: ActorPersonMatch.SurnameKey(n), Cluster: c)))
            .GroupBy(p => p.Key, StringComparer.Ordinal);
        foreach (var bucket in buckets)
        {
            var members = bucket.Select(p => p.Cluster).Distinct().ToList();
            for (int i = 0; i < members.Count; i++)
                for (int j = i + 1; j < members.Count; j++)
                {
                    var a = members[i].Root;
                    var b = members[j].Root;
                    if (a == b || !CanMerge(a, b) || Conflict(a, b)) continue;
                    var reason = FullNames(b).SelectMany(nb => FullNames(a).Select(na => ActorPersonMatch.SamePerson(na, nb))).FirstOrDefault(r => r is not null);
                    if (reason is null) continue;
                    var (keep, absorbed) = a.Catalogue is null && b.Catalogue is not null ? (b, a) : (a, b);
                    keep.Absorb(absorbed, reason);
                }
        }

        var full = people.Select(c => c.Root).Distinct().Where(c => FullNames(c).Any()).ToList();
        foreach (var lone in people.Where(c => c.MergedInto is null && c.Catalogue is null && !FullNames(c).Any()).ToList())
        {
            string surname = lone.Mentions[0].Name;
            var fits = full.Where(c => c != lone && c.MergedInto is null)
                .Select(c => (Cluster: c, Reason: FullNames(c).Select(n => ActorPersonMatch.SameSurname(n, surname)).FirstOrDefault(r => r is not null)))
                .Where(p => p.Reason is not null)
                .ToList();
            if (fits.Count == 1) fits[0].Cluster.Absorb(lone, fits[0].Reason!);
        }
    }

    private static IReadOnlyList<string> FullNames(ActorCluster cluster) => cluster.FullNames;

    /// <summary>Two people whose full names have different given names are two people, whatever else matches.</summary>
    private static bool Conflict(ActorCluster a, ActorCluster b) =>
        a.Catalogue is not null && b.Catalogue is not null && a.Catalogue.Id != b.Catalogue.Id;

    private static ActorDirectory Build(List<ActorCluster> clusters)
    {
        var actors = new List<Actor>();
        var byDocument = new Dictionary<(string, string), string>();
        var byForm = new Dictionary<string, string?>(StringComparer.Ordinal);
        var usedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var cluster in clusters.OrderBy(c => c.Catalogue?.Id ?? "~" + CanonicalName(c), StringComparer.Ordinal))
        {
            var actor = ToActor(cluster, usedIds);
            actors.Add(actor);
            foreach (var mention in cluster.Mentions)
                foreach (var form in mention.Forms.Append(mention.Name))
                    byDocument[(mention.DocumentId, ActorDirectory.Key(form))] = actor.Id;
            foreach (var form in actor.Aliases.Append(actor.Name))
            {
                string key = ActorDirectory.Key(form);
                byForm[key] = byForm.TryGetValue(key, out var other) && other != actor.Id ? null : actor.Id;
            }
        }
        actors.Sort((x, y) => y.MentionCount != x.MentionCount ? y.MentionCount.CompareTo(x.MentionCount) : string.CompareOrdinal(x.Id, y.Id));
        return new ActorDirectory(actors, byDocument, byForm);
    }

    private static Actor ToActor(ActorCluster cluster, HashSet<string> usedIds)
    {
        var entry = cluster.Catalogue;
        string name = entry?.Name ?? CanonicalName(cluster);
        var kind = entry?.Kind ?? cluster.Mentions.GroupBy(m => m.Kind).OrderByDescending(g => g.Count()).ThenBy(g => g.Key).First().Key;
        string? country = entry?.CountryCode ?? cluster.Mentions.Select(m => m.CountryCode).OfType<string>()
            .GroupBy(c => c).OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).Select(g => g.Key).FirstOrDefault();
        string id = entry?.Id ?? UniqueId(Slug(name), kind, country, usedIds);
        usedIds.Add(id);

        var metonyms = new HashSet<string>((entry?.Metonyms ?? []).Select(ActorDirectory.Key), StringComparer.Ordinal);
        var merges = new List<MergeReason>();
        var seen = new HashSet<string>(StringComparer.Ordinal) { ActorDirectory.Key(name) };
        var aliases = new List<string>();
        var listed = new HashSet<string>((entry?.AllNames ?? []).Select(ActorDirectory.Key), StringComparer.Ordinal);
        foreach (var mention in cluster.Mentions)
            foreach (var form in mention.Forms.Prepend(mention.Name))
            {
                string key = ActorDirectory.Key(form);
                if (metonyms.Contains(key) || !seen.Add(key)) continue;
                aliases.Add(form);
                merges.Add(new MergeReason(form, ReasonFor(cluster, mention, form, name, listed.Contains(key))));
            }
        foreach (var listedName in entry?.AllNames ?? [])
            if (seen.Add(ActorDirectory.Key(listedName))) aliases.Add(listedName);

        return new Actor
        {
            Id = id,
            Name = name,
            Kind = kind,
            CountryCode = country,
            Aliases = aliases,
            Roles = cluster.Mentions.SelectMany(m => m.Roles).Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            MentionCount = cluster.Mentions.Sum(m => m.Spans.Count),
            Documents = cluster.Mentions.Select(m => m.DocumentId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList(),
            Merges = merges,
        };
    }

    private static string ReasonFor(ActorCluster cluster, ActorMention mention, string form, string name, bool listed)
    {
        if (listed) return $"catalogue: listed name of {name}";
        bool sameName = ActorDirectory.Key(mention.Name) == ActorDirectory.Key(name);
        if (form == mention.Name && !sameName)
        {
            if (mention.Kind == ActorKind.Person && (ActorPersonMatch.SamePerson(name, form) ?? ActorPersonMatch.SameSurname(name, form)) is { } person)
                return person;
            if (cluster.Reasons.TryGetValue(mention, out var reason)) return reason;
        }
        if (NameFold.Fold(mention.Name).Split(' ').Contains(NameFold.Fold(form)))
            return $"partial name of {mention.Name} in document {mention.DocumentId}";
        return $"same actor as {mention.Name} in document {mention.DocumentId} (acronym, title or apposition)";
    }

    /// <summary>The fullest name the documents use: most words, then most mentions, then alphabetical.</summary>
    private static string CanonicalName(ActorCluster cluster) =>
        cluster.Mentions.GroupBy(m => m.Name, StringComparer.Ordinal)
            .OrderByDescending(g => g.Key.Count(c => c == ' '))
            .ThenByDescending(g => g.Sum(m => m.Spans.Count))
            .ThenBy(g => g.Key, StringComparer.Ordinal)
            .First().Key;

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
