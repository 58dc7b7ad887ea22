using System.Text.Json;
using System.Text.Unicode;
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
        Span<byte> utf8 = stackalloc byte[32];
        if (value is { IsDecade: false, Year: int year } && Utf8Iso(utf8, year, value.Month, value.Day, out int written)) writer.WriteStringValue(utf8[..written]);
        else writer.WriteStringValue(Format(value));
    }

    /// <summary>What <see cref="FuzzyDate.ToIso"/> gives for a dated year, as UTF-8.</summary>
    private static bool Utf8Iso(Span<byte> utf8, int year, int? month, int? day, out int written) =>
        month is not int m ? Utf8.TryWrite(utf8, $"{year:0000}", out written)
        : day is int d ? Utf8.TryWrite(utf8, $"{year:0000}-{m:00}-{d:00}", out written)
        : Utf8.TryWrite(utf8, $"{year:0000}-{m:00}", out written);

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
