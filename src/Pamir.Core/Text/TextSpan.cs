namespace Pamir.Core.Text;

/// <summary>A half-open range [Start, End) of UTF-16 offsets into a document's stored text.</summary>
public readonly record struct TextSpan(int Start, int End) : ISpanned
{
    public int Length => End - Start;

    public ReadOnlySpan<char> In(string text) => text.AsSpan(Start, Length);

    public string Of(string text) => text.Substring(Start, Length);

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Overlaps(TextSpan other) => Start < other.End && other.Start < End;
}
