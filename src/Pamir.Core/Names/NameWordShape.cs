namespace Pamir.Core.Names;

[Flags]
public enum NameWordShape
{
    None = 0,
    /// <summary>Starts with an upper-case letter.</summary>
    Capitalized = 1,
    /// <summary>Two or more letters, all upper case ("IRPT", "U.S.").</summary>
    AllCaps = 2,
    /// <summary>First word of a sentence, heading or list item (after ". ", ": ", a line break).</summary>
    SentenceStart = 4,
    /// <summary>Joined to the previous word by a hyphen ("ISIS-K", "Kassym-Jomart").</summary>
    HyphenBefore = 8,
    /// <summary>First word on its line.</summary>
    LineStart = 16,
    Number = 32,
}
