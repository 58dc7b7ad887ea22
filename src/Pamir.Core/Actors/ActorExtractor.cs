using Pamir.Core.Names;
using Pamir.Core.Pipeline;
using Pamir.Core.Text;

namespace Pamir.Core.Actors;

/// <summary>
/// One document's actors: its names layer grouped into one <see cref="ActorMention"/> per actor
/// (by catalogue entry, else by the full name the names layer resolved), with every form the
/// document writes it in, the roles it gives it, and where it is mentioned.
/// </summary>
public sealed class ActorExtractor : IFindingExtractor<ActorMention>
{
    public IReadOnlyList<ActorMention> Extract(AnalyzedDocument document)
    {
        var names = document.Names;
        if (names.Count == 0) return [];
        var tables = GroupingTables.Take();
        try
        {
            var order = tables.Order;
            foreach (var mention in names)
            {
                var way = (mention.CatalogueId, mention.Kind, mention.Name, mention.Kind == ActorKind.Group ? mention.CountryCode : null);
                if (!tables.Keys.TryGetValue(way, out var key)) tables.Keys[way] = key = KeyOf(mention);
                if (!tables.Groups.TryGetValue(key, out var list))
                {
                    tables.Groups[key] = list = tables.EmptyList();
                    order.Add(list);
                }
                list.Add(mention);
            }
            var actors = new List<ActorMention>(order.Count);
            foreach (var list in order) actors.Add(ToActor(document, list));
            return actors;
        }
        finally
        {
            tables.Return();
        }
    }

    /// <summary>
    /// The tables that group one document's mentions, and the lists of each actor's mentions, kept
    /// per thread and emptied after each document: allocated afresh, they were the largest part of
    /// what the actors stage allocated.
    /// </summary>
    private sealed class GroupingTables
    {
        // A document with more mentions than this gets tables of its own, so one long document does not keep large ones alive.
        private const int MaxKeptMentions = 4096;

        [ThreadStatic] private static GroupingTables? kept;

        public Dictionary<string, List<NameMention>> Groups { get; } = new(StringComparer.Ordinal);

        /// <summary>A document names an actor the same way again and again: the key is folded once per way.</summary>
        public Dictionary<(string?, ActorKind, string, string?), string> Keys { get; } = [];

        /// <summary>Each actor's mentions, in the order the document first names them.</summary>
        public List<List<NameMention>> Order { get; } = [];

        private readonly Stack<List<NameMention>> spareLists = new();

        /// <summary>An empty list for one actor's mentions, one of an earlier document's when there is one.</summary>
        public List<NameMention> EmptyList() => spareLists.TryPop(out var list) ? list : [];

        public static GroupingTables Take()
        {
            var tables = kept ?? new GroupingTables();
            kept = null;
            return tables;
        }

        public void Return()
        {
            bool keep = Keys.Count <= MaxKeptMentions;
            if (keep)
                foreach (var list in Order)
                {
                    list.Clear();
                    spareLists.Push(list);
                }
            Order.Clear();
            Groups.Clear();
            Keys.Clear();
            if (keep) kept = this;
        }
    }

    /// <summary>The key one document's mentions of one actor share: the catalogue id, else kind, folded name and country.</summary>
    public static string KeyOf(NameMention mention) =>
        mention.CatalogueId is { } id ? "catalogue:" + id
        : $"{mention.Kind.ToExport()}:{FoldedName.Of(mention.Name)}:{(mention.Kind == ActorKind.Group ? mention.CountryCode : null)}";

    private static ActorMention ToActor(AnalyzedDocument document, List<NameMention> mentions)
    {
        var first = mentions[0];
        var forms = new List<string>();
        var roles = new List<string>();
        var spans = new List<TextSpan>(mentions.Count);
        string? country = null;
        string fullest = first.Name;
        foreach (var m in mentions)
        {
            // the longest name, the first in ordinal order on a tie
            if (m.Name.Length > fullest.Length || m.Name.Length == fullest.Length && string.CompareOrdinal(m.Name, fullest) < 0) fullest = m.Name;
            country ??= m.CountryCode;
            AddForm(forms, document.Text.AsSpan(m.Start, m.End - m.Start));
            if (m.Role is { } role)
                foreach (var part in role.Split(NameAnnotator.RoleSeparator, StringSplitOptions.RemoveEmptyEntries))
                    if (!ContainsIgnoringCase(roles, part)) roles.Add(part);
            spans.Add(new TextSpan(m.Start, m.End));
        }
        return new ActorMention
        {
            DocumentId = document.Id,
            Name = first.CatalogueId is not null ? first.Name : fullest,
            Kind = first.Kind,
            CatalogueId = first.CatalogueId,
            CountryCode = country,
            Forms = forms,
            Roles = roles,
            Spans = spans,
        };
    }

    private static readonly char[] Blanks = [' ', '\n', '\r', '\t', '\u00A0'];

    /// <summary>Adds the form unless the document already wrote it so; a name broken over a line in the source reads as one form.</summary>
    private static void AddForm(List<string> forms, ReadOnlySpan<char> surface)
    {
        if (IsClean(surface))
        {
            foreach (var f in forms)
                if (surface.SequenceEqual(f)) return;
            forms.Add(surface.ToString());
            return;
        }
        var clean = string.Join(' ', surface.ToString().Split(Blanks, StringSplitOptions.RemoveEmptyEntries));
        if (!forms.Contains(clean, StringComparer.Ordinal)) forms.Add(clean);
    }

    /// <summary>True when the surface is already what cleaning makes of it: words separated by single spaces.</summary>
    private static bool IsClean(ReadOnlySpan<char> surface)
    {
        if (surface.Length == 0 || surface[0] == ' ' || surface[^1] == ' ') return false;
        for (int i = 0; i < surface.Length; i++)
        {
            char c = surface[i];
            if (c is '\n' or '\r' or '\t' or '\u00A0' || c == ' ' && surface[i - 1] == ' ') return false;
        }
        return true;
    }

    private static bool ContainsIgnoringCase(List<string> list, string value)
    {
        foreach (var item in list)
            if (string.Equals(item, value, StringComparison.OrdinalIgnoreCase)) return true;
        return false;
    }
}
