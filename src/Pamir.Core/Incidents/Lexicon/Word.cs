namespace Pamir.Core.Incidents.Lexicon;

/// <summary>A word of the text (a run of letters or digits) as offsets; hyphens and apostrophes split words.</summary>
public readonly record struct Word(int Start, int End)
{
    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);

    public Text.TextSpan Span => new(Start, End);
}
