using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace Pamir.Storage.Serialization;

/// <summary>
/// How findings and knowledge-base records are stored as JSON payloads: enums by name, spans as
/// [start, end], fuzzy dates as ISO prefixes, and no derived properties (Key, Length, Precision),
/// which are recomputed on reading.
/// </summary>
public static class StorageJson
{
    public static JsonSerializerOptions Options { get; } = Create(sharedStrings: false);

    /// <summary>For reading payloads: the same format, with repeated short strings shared (<see cref="SharedStringConverter"/>).</summary>
    public static JsonSerializerOptions ReadOptions { get; } = Create(sharedStrings: true);

    private static JsonSerializerOptions Create(bool sharedStrings)
    {
        var options = new JsonSerializerOptions
        {
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            TypeInfoResolver = StorageJsonContext.Default.WithAddedModifier(DropDerivedProperties),
        };
        options.Converters.Add(new JsonStringEnumConverter());
        options.Converters.Add(new TextSpanJsonConverter());
        options.Converters.Add(new FuzzyDateJsonConverter());
        if (sharedStrings) options.Converters.Add(new SharedStringConverter());
        options.MakeReadOnly();
        return options;
    }

    private static void DropDerivedProperties(JsonTypeInfo type)
    {
        if (type.Kind != JsonTypeInfoKind.Object) return;
        for (int i = type.Properties.Count - 1; i >= 0; i--)
        {
            var property = type.Properties[i];
            if (property.Set is null && property.AssociatedParameter is null) type.Properties.RemoveAt(i);
        }
    }
}
