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
        var groups = new Dictionary<string, List<NameMention>>(StringComparer.Ordinal);
        var order = new List<string>();
        foreach (var mention in document.Names)
        {
            string key = KeyOf(mention);
            if (!groups.TryGetValue(key, out var list))
            {
                groups[key] = list = [];
                order.Add(key);
            }
            list.Add(mention);
        }
        return order.Select(key => ToActor(document, groups[key])).ToList();
    }

    /// <summary>The key one document's mentions of one actor share: the catalogue id, else kind, folded name and country.</summary>
    public static string KeyOf(NameMention mention) =>
        mention.CatalogueId is { } id ? "catalogue:" + id
        : $"{mention.Kind.ToExport()}:{NameFold.Fold(mention.Name)}:{(mention.Kind == ActorKind.Group ? mention.CountryCode : null)}";

    private static ActorMention ToActor(AnalyzedDocument document, List<NameMention> mentions)
    {
        var first = mentions[0];
        string name = first.CatalogueId is not null ? first.Name : mentions.Select(m => m.Name).OrderByDescending(n => n.Length).ThenBy(n => n, StringComparer.Ordinal).First();
        return new ActorMention
        {
            DocumentId = document.Id,
            Name = name,
            Kind = first.Kind,
            CatalogueId = first.CatalogueId,
            CountryCode = mentions.Select(m => m.CountryCode).FirstOrDefault(c => c is not null),
            Forms = mentions.Select(m => Clean(document.Text.AsSpan(m.Start, m.End - m.Start))).Distinct(StringComparer.Ordinal).ToList(),
            Roles = mentions.Select(m => m.Role).OfType<string>()
                .SelectMany(r => r.Split(NameAnnotator.RoleSeparator, StringSplitOptions.RemoveEmptyEntries))
                .Distinct(StringComparer.OrdinalIgnoreCase).ToList(),
            Spans = mentions.Select(m => new TextSpan(m.Start, m.End)).ToList(),
        };
    }

    // A name broken over a line in the source reads as one form.
    private static string Clean(ReadOnlySpan<char> surface) => string.Join(' ', surface.ToString().Split((char[])[' ', '\n', '\r', '\t', '\u00A0'], StringSplitOptions.RemoveEmptyEntries));
}
