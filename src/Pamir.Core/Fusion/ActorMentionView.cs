using Pamir.Core.Actors;
using Pamir.Core.Names;

namespace Pamir.Core.Fusion;

/// <summary>
/// One document's mention of one actor as resolution keeps it: its names, kind, the catalogue entry
/// it stands for and roles, and how often it is mentioned instead of where. Resolution holds every
/// document's mentions at once, and their spans were most of their weight. The catalogue entry
/// needs no other document, so it is matched as the mention is gathered, beside the analysis of
/// the next documents, rather than in resolution after the run.
/// </summary>
internal sealed class ActorMentionView
{
    public ActorMentionView(ActorMention mention, SharedStrings strings, ActorCatalogueMatch match)
        : this(strings.Of(mention.DocumentId), strings.Of(mention.Name), mention.Kind, mention.CatalogueId, strings.Of(mention.CountryCode),
            strings.Of(mention.Forms), strings.Of(mention.Roles), mention.Spans.Count, match)
    {
    }

    /// <param name="catalogueId">The catalogue entry the names layer matched, or null.</param>
    public ActorMentionView(string documentId, string name, ActorKind kind, string? catalogueId, string? countryCode,
        string[] forms, string[] roles, int spanCount, ActorCatalogueMatch match)
    {
        DocumentId = documentId;
        Name = name;
        Kind = kind;
        CountryCode = countryCode;
        Forms = forms;
        Roles = roles;
        SpanCount = spanCount;
        (Catalogue, CatalogueReason) = match.EntryOf(catalogueId, name, kind, forms);
    }

    public string DocumentId { get; }
    public string Name { get; }
    public ActorKind Kind { get; }
    /// <summary>The catalogue entry the mention stands for (<see cref="ActorCatalogueMatch.EntryOf"/>), or null.</summary>
    public CatalogueActor? Catalogue { get; }
    /// <summary>Why the mention stands for its catalogue entry when the names layer did not match it there, else null.</summary>
    public string? CatalogueReason { get; }
    public string? CountryCode { get; }
    public string[] Forms { get; }
    public string[] Roles { get; }
    /// <summary>How many times the document mentions the actor (its spans).</summary>
    public int SpanCount { get; }
}
