namespace Pamir.Core.Places;

/// <summary>How a name in the text matched a gazetteer entry.</summary>
public enum NameMatch
{
    /// <summary>The entry's own name (or its ASCII spelling).</summary>
    Name,
    /// <summary>One of the entry's alternate names, aliases or transliterations.</summary>
    AlternateName,
    /// <summary>A demonym or adjective of a country ("Tajik", "Afghan").</summary>
    Demonym,
}
