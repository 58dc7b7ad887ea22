using System.Collections.Frozen;

namespace Pamir.Storage.Serialization;

/// <summary>An enum's values by name and back, looked up rather than formatted and parsed for every stored value.</summary>
internal static class EnumNames<T> where T : struct, Enum
{
    private static readonly FrozenDictionary<T, string> ByValue = Enum.GetValues<T>().Distinct().ToFrozenDictionary(v => v, v => v.ToString());
    private static readonly FrozenDictionary<string, T> ByName = ByValue.ToFrozenDictionary(p => p.Value, p => p.Key, StringComparer.Ordinal);

    public static string Of(T value) => ByValue.TryGetValue(value, out var name) ? name : value.ToString();

    public static T Parse(string name) =>
        ByName.TryGetValue(name, out var value) ? value
        : Enum.TryParse(name, out value) ? value
        : throw new InvalidDataException($"'{name}' is not a stored {typeof(T).Name}");
}
