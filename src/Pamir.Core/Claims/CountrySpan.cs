namespace Pamir.Core.Claims;

/// <summary>A country named in a sentence (by name or demonym: "Tajik" → Tajikistan), over words [FirstWord, EndWord).</summary>
public readonly record struct CountrySpan(int FirstWord, int EndWord, string Name);
