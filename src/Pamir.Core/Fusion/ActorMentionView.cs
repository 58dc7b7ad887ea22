using Pamir.Core.Actors;
using Pamir.Core.Names;

namespace Pamir.Core.Fusion;

/// <summary>
/// One document's mention of one actor as resolution keeps it: its names, kind, catalogue link and
/// roles, and how often it is mentioned instead of where. Resolution holds every document's
/// mentions at once, and their spans were most of their weight.
/// </summary>
internal sealed class ActorMentionView
{
    public ActorMentionView(ActorMention mention, SharedStrings strings)
        : this(strings.Of(mention.DocumentId), strings.Of(mention.Name), mention.Kind, strings.Of(mention.CatalogueId), strings.Of(mention.CountryCode),
            strings.Of(mention.Forms), strings.Of(mention.Roles), mention.Spans.Count)
    {
    }

    public ActorMentionView(string documentId, string name, ActorKind kind, string? catalogueId, string? countryCode,
        string[] forms, string[] roles, int spanCount)
    {
        DocumentId = documentId;
        Name = name;
        Kind = kind;
        CatalogueId = catalogueId;
        CountryCode = countryCode;
        Forms = forms;
        Roles = roles;
        SpanCount = spanCount;
    }

    public string DocumentId { get; }
    public string Name { get; }
    public ActorKind Kind { get; }
    public string? CatalogueId { get; }
    public string? CountryCode { get; }
    public string[] Forms { get; }
    public string[] Roles { get; }
    /// <summary>How many times the document mentions the actor (its spans).</summary>
    public int SpanCount { get; }
}
