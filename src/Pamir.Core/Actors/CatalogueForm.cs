namespace Pamir.Core.Actors;

/// <summary>
/// One way of writing a catalogue actor, prepared for matching: its folded words, and for
/// acronyms and codes the exact capitals the text must show ("IS" but not "is").
/// </summary>
public sealed record CatalogueForm(CatalogueActor Actor, string Text, CatalogueFormKind Kind, string[] Words, string[]? ExactWords, bool RequiresCapital)
{
    public int WordCount => Words.Length;
}
