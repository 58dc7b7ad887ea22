namespace Pamir.Core.Names;

/// <summary>A name found during the scan, over words [First, Last], before it becomes a <see cref="NameMention"/>.</summary>
internal sealed class NameDraft(int first, int last, ActorKind kind, string name, string? catalogueId)
{
    public int First { get; } = first;
    public int Last { get; } = last;
    public ActorKind Kind { get; set; } = kind;
    public string Name { get; set; } = name;
    public string? CatalogueId { get; set; } = catalogueId;
    public string? Role { get; set; }
    public string? CountryCode { get; set; }
}
