namespace Pamir.Core.Text;

public enum TokenKind { Word, Number, Punctuation, Symbol }

/// <summary>A token as a view over the text: offsets only, no copied string.</summary>
public readonly record struct Token(int Start, int End, TokenKind Kind) : ISpanned
{
    public TextSpan Span => new(Start, End);

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, End - Start);
}
