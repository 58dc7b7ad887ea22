namespace Pamir.Core.Quantities;

/// <summary>
/// A number in the text with its qualifier and unit. Value is null for vague amounts ("dozens",
/// "hundreds", "tens of thousands"), which must never be turned into a guessed figure. A range
/// ("60,000 to 100,000", "20 to 30 per cent") has Value as its low end and Upper as its high end.
/// Unit is normalised: "%", "km", "people", or an ISO 4217 code for money ("USD", "EUR"); null when none.
/// A fraction ("a third", "two-thirds", "half") has Unit "fraction" and its value as a ratio.
/// What the number counts is left to the reader: <see cref="WordAfter"/> and <see cref="WordBefore"/>
/// tell "32 people" from "32-year-old" and "3 prisoners held" from "killed 3".
/// </summary>
public sealed record Quantity(
    int Start,
    int End,
    double? Value,
    Approximation Approximation,
    string? Unit = null,
    double? Upper = null,
    bool SpelledOut = false)
{
    public Text.TextSpan Span => new(Start, End);

    /// <summary>The nth word after the quantity ("prison" then "guards" in "three prison guards"), or empty.</summary>
    public ReadOnlySpan<char> WordAfter(string text, int nth = 0) => Text.TextWords.After(text, End, nth);

    /// <summary>The nth word before the quantity ("killed" in "killed 3"; approximations such as "at least" are inside the span), or empty.</summary>
    public ReadOnlySpan<char> WordBefore(string text, int nth = 0) => Text.TextWords.Before(text, Start, nth);

    /// <summary>Whether the number modifies the next word through a hyphen: "32-year-old", "five-year sentence", "8.5m-strong".</summary>
    public bool IsHyphenatedToNext(string text) => Text.TextWords.IsHyphenatedToNext(text, End);
}
