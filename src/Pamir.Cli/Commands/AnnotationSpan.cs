namespace Pamir.Cli.Commands;

/// <summary>
/// One thing `pamir annotate` shows: a span of the text, the layer that found it, its normalised
/// value, and details particular to the layer (precision and anchor of a time, a place's gazetteer entry).
/// </summary>
internal sealed record AnnotationSpan(string Layer, int Start, int End, string Text, string? Value, IReadOnlyList<(string Key, object? Value)> Details);
