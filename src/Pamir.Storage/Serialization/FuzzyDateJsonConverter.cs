using System.Text.Json;
using System.Text.Json.Serialization;
using Pamir.Core.Time;

namespace Pamir.Storage.Serialization;

/// <summary>
/// A fuzzy date as its ISO prefix ("2018", "2018-11", "2018-11-07"), a decade as "1990s" and a
/// date without a year as "--11-07", so that every precision survives the round trip.
/// </summary>
public sealed class FuzzyDateJsonConverter : JsonConverter<FuzzyDate>
{
    public override FuzzyDate Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        string text = reader.GetString() ?? throw new JsonException("a date must be a string");
        return Parse(text) ?? throw new JsonException($"'{text}' is not a stored date");
    }

    /// <summary>Writes <see cref="Format"/>'s text without making a string: every incident and report carries a date.</summary>
    public override void Write(Utf8JsonWriter writer, FuzzyDate value, JsonSerializerOptions options)
    {
        Span<byte> utf8 = stackalloc byte[10];
        if (value is { IsDecade: false, Year: int year } && Utf8Iso(utf8, year, value.Month, value.Day, out int written)) writer.WriteStringValue(utf8[..written]);
        else writer.WriteStringValue(Format(value));
    }

    /// <summary>
    /// What <see cref="FuzzyDate.ToIso"/> gives for a year of four digits, as UTF-8 digit by digit
    /// (a formatted number parses its format each time); false for a year or month it pads otherwise.
    /// </summary>
    private static bool Utf8Iso(Span<byte> utf8, int year, int? month, int? day, out int written)
    {
        written = 0;
        if (year is < 0 or > 9999 || month is < 0 or > 99 || day is < 0 or > 99) return false;
        TwoDigits(utf8, year / 100);
        TwoDigits(utf8[2..], year % 100);
        written = 4;
        if (month is not int m) return true;
        utf8[4] = (byte)'-';
        TwoDigits(utf8[5..], m);
        written = 7;
        if (day is not int d) return true;
        utf8[7] = (byte)'-';
        TwoDigits(utf8[8..], d);
        written = 10;
        return true;
    }

    private static void TwoDigits(Span<byte> utf8, int number)
    {
        utf8[0] = (byte)('0' + number / 10);
        utf8[1] = (byte)('0' + number % 10);
    }

    public static string Format(FuzzyDate date) =>
        date.IsDecade && date.Month is null ? $"{date.Year:0000}s"
        : date.Year is null && date.Month is null ? "--"
        : date.ToIso();

    public static FuzzyDate? Parse(string text)
    {
        if (text.Length == 5 && text[4] == 's' && int.TryParse(text.AsSpan(0, 4), out int decade)) return new FuzzyDate(decade, IsDecade: true);
        if (text.StartsWith("--", StringComparison.Ordinal))
        {
            if (text.Length >= 4 && int.TryParse(text.AsSpan(2, 2), out int month))
                return text.Length == 7 && int.TryParse(text.AsSpan(5, 2), out int day) ? new FuzzyDate(null, month, day) : new FuzzyDate(null, month);
            return text.Length == 2 ? new FuzzyDate(null) : null;
        }
        return FuzzyDate.ParseIso(text);
    }
}
