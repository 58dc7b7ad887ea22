namespace Pamir.Core.Names;

/// <summary>
/// A word as the names layer sees it: its offsets in the text, where its folded form sits in the
/// shared folded buffer, and the shape facts the rules ask about.
/// </summary>
public readonly record struct NameWord(int Start, int End, int FoldStart, int FoldLength, NameWordShape Shape)
{
    public bool Capitalized => (Shape & NameWordShape.Capitalized) != 0;
    public bool AllCaps => (Shape & NameWordShape.AllCaps) != 0;
    public bool SentenceStart => (Shape & NameWordShape.SentenceStart) != 0;
    public bool HyphenBefore => (Shape & NameWordShape.HyphenBefore) != 0;
    public bool LineStart => (Shape & NameWordShape.LineStart) != 0;
    public bool IsNumber => (Shape & NameWordShape.Number) != 0;
}
