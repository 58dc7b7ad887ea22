namespace Pamir.Core.Text;

/// <summary>Anything with a [Start, End) range in the text, so one binary search serves sentences, tokens and paragraphs.</summary>
public interface ISpanned
{
    int Start { get; }

    int End { get; }
}
