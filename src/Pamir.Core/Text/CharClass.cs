using System.Runtime.CompilerServices;

namespace Pamir.Core.Text;

/// <summary>
/// The letter, digit and case facts of a character, from a table for Latin text (one load instead
/// of several Unicode category calls per character in the scanners' inner loops), and from the
/// Unicode methods beyond it. Always equal to <see cref="char.IsLetter(char)"/> and friends.
/// </summary>
public static class CharClass
{
    // Upper and Lower are bits 2 and 3, so scanners may count them by shifting.
    public const byte Letter = 1, Digit = 2, Upper = 4, Lower = 8;
    public const byte LetterOrDigit = Letter | Digit;
    /// <summary>A letter that is not upper case (lower case or uncased): a word holding one is not in capitals.</summary>
    public const byte NotUpperLetter = 16;
    /// <summary>A letter that is not lower case: a word holding one is not all lower case.</summary>
    public const byte NotLowerLetter = 32;
    /// <summary>A character beyond ASCII: a run without one folds to plain lower case.</summary>
    public const byte NonAscii = 64;

    private const int TableSize = 0x250;
    private static readonly byte[] Table = Build();

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static byte Of(char c) => c < TableSize ? Table[c] : Compute(c);

    private static byte Compute(char c)
    {
        byte k = 0;
        if (char.IsLetter(c)) k |= Letter;
        if (char.IsDigit(c)) k |= Digit;
        if (char.IsUpper(c)) k |= Upper;
        if (char.IsLower(c)) k |= Lower;
        if ((k & (Letter | Upper)) == Letter) k |= NotUpperLetter;
        if ((k & (Letter | Lower)) == Letter) k |= NotLowerLetter;
        if (c > 0x7F) k |= NonAscii;
        return k;
    }

    private static byte[] Build()
    {
        var table = new byte[TableSize];
        for (int c = 0; c < TableSize; c++) table[c] = Compute((char)c);
        return table;
    }
}
