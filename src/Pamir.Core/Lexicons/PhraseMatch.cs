namespace Pamir.Core.Lexicons;

/// <summary>A lexicon phrase found over words [FirstWord, EndWord) of a word list.</summary>
public readonly record struct PhraseMatch<T>(int FirstWord, int EndWord, T Value);
