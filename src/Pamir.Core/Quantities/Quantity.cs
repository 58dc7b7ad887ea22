namespace Pamir.Core.Quantities;

/// <summary>
/// A number in the text with its qualifier and unit. Value is null for vague amounts ("dozens",
/// "hundreds", "tens of thousands"), which must never be turned into a guessed figure. A range
/// ("60,000 to 100,000", "20 to 30 per cent") has Value as its low end and Upper as its high end.
/// Unit is normalised: "%", "km", "people", or an ISO 4217 code for money ("USD", "EUR"); null when none.
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
}
