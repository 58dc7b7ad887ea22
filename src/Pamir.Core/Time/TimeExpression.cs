namespace Pamir.Core.Time;

/// <summary>
/// A time expression in the text with its normalised value. A range ("from 1992 to 1997",
/// "in 2010-2011") has Value as its start and RangeEnd as its end.
/// </summary>
public sealed record TimeExpression(int Start, int End, FuzzyDate Value, TimeAnchor Anchor, FuzzyDate? RangeEnd = null) : Text.ISpanned
{
    public Text.TextSpan Span => new(Start, End);
}
