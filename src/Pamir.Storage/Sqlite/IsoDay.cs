namespace Pamir.Storage.Sqlite;

/// <summary>
/// A day as the ISO 8601 text it is stored as ("2024-03-05"), written digit by digit: a refresh
/// formats three for each incident, and the culture's custom-format path cost about 1 % of it.
/// </summary>
internal static class IsoDay
{
    public static string? Of(DateOnly? day) => day is { } d ? Of(d) : null;

    public static string Of(DateOnly day) => string.Create(10, day, static (text, d) =>
    {
        Digits(text[..4], d.Year);
        text[4] = '-';
        Digits(text.Slice(5, 2), d.Month);
        text[7] = '-';
        Digits(text.Slice(8, 2), d.Day);
    });

    /// <summary>Writes the number right-aligned into the span, padded with zeros.</summary>
    private static void Digits(Span<char> text, int number)
    {
        for (int i = text.Length - 1; i >= 0; i--, number /= 10) text[i] = (char)('0' + number % 10);
    }
}
