namespace Pamir.Core.Time;

/// <summary>
/// A word that can start a time expression: a month (Value 1–12), weekday (0 = Sunday), season
/// (Value = its middle month), calendar unit (<see cref="TimeUnit"/>, Plural for "days") or
/// deictic day ("yesterday" Value -1).
/// </summary>
internal readonly record struct TimeWord(TimeWordKind Kind, int Value, bool Abbreviated = false, bool Plural = false, bool Coarse = false);
