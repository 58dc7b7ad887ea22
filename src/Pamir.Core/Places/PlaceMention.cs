namespace Pamir.Core.Places;

/// <summary>A place named in the text ("Vahdat", "the capital", "Tajik" as a demonym) resolved to one gazetteer entry.</summary>
public sealed record PlaceMention(int Start, int End, Place Place, PlaceRole Role = PlaceRole.Mentioned, bool IsDemonym = false)
{
    public Text.TextSpan Span => new(Start, End);
}
