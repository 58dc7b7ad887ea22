namespace Pamir.Core.Text;

/// <summary>A sentence, a heading or a list item: the unit that evidence points at.</summary>
public readonly record struct Sentence(int Start, int End) : ISpanned
{
    public TextSpan Span => new(Start, End);
}
