namespace Pamir.Core.Names;

/// <summary>
/// A name of a person, organisation, armed group, state or collective actor ("security forces")
/// in the text. CatalogueId is set when the name matched the actor catalogue. Name is the full form
/// the document resolves it to ("Rahmon" → "Emomali Rahmon" when the document named him in full).
/// Role is the title or apposition the text gives a person ("President", "the party's leader");
/// CountryCode (alpha-2) the actor's country where the catalogue or a demonym gives it.
/// </summary>
public sealed record NameMention(int Start, int End, ActorKind Kind, string Name, string? CatalogueId = null, string? Role = null, string? CountryCode = null)
{
    public Text.TextSpan Span => new(Start, End);
}
