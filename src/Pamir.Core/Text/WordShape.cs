namespace Pamir.Core.Text;

/// <summary>Facts about a word's letters, computed once when the word layer is built.</summary>
[Flags]
public enum WordShape : byte
{
    None = 0,
    /// <summary>Starts with an upper-case letter.</summary>
    Capitalized = 1,
    /// <summary>Two or more letters, all upper case ("IRPT").</summary>
    AllCaps = 2,
    /// <summary>Every letter lower case, at least one letter.</summary>
    Lower = 4,
    /// <summary>Starts with a digit.</summary>
    Number = 8,
    /// <summary>Holds a digit somewhere ("19th" is two words, but "G20" is one).</summary>
    HasDigit = 16,
    /// <summary>Holds a character beyond ASCII ("Dušanbe"): without one, the word lower-cased is plain ASCII.</summary>
    NonAscii = 32,
}
