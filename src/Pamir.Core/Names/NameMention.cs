namespace Pamir.Core.Names;

/// <summary>
/// A name of a person, organisation, armed group, state or collective actor ("security forces")
/// in the text. CatalogueId is set when the name matched the actor catalogue. Name is the full form
/// the document resolves it to ("Rahmon" → "Emomali Rahmon" when the document named him in full).
/// </summary>
public sealed record NameMention(int Start, int End, ActorKind Kind, string Name, string? CatalogueId = null, string? Role = null)
{
    public Text.TextSpan Span => new(Start, End);
}
