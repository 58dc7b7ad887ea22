namespace Pamir.Core.Text;

/// <summary>One word of the shared word layer: a maximal run of letters and digits, as offsets with its shape.</summary>
public readonly record struct TextWord(int Start, int End, WordShape Shape) : ISpanned
{
    public int Length => End - Start;

    public TextSpan Span => new(Start, End);

    public bool Capitalized => (Shape & WordShape.Capitalized) != 0;

    public bool AllCaps => (Shape & WordShape.AllCaps) != 0;

    public bool IsNumber => (Shape & WordShape.Number) != 0;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}
