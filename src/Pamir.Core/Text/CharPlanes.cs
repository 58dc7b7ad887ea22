using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Pamir.Core.Text;

/// <summary>
/// The <see cref="CharClass"/> facts of a text as bit planes, one bit per character and 64
/// characters to a number: letters or digits, digits, upper case, letters not upper case, letters
/// not lower case, characters beyond ASCII. ASCII is classified 16 characters at a time,
/// so the word layer finds its runs and reads their shapes a machine word at a time instead of
/// one character at a time. Kept per thread and reused from one text to the next.
/// </summary>
internal sealed class CharPlanes
{
    [ThreadStatic] private static CharPlanes? kept;
    // Planes are kept for texts up to about a million characters; a longer one gets its own.
    private const int MaxKeptBlocks = 1 << 14;

    /// <summary>Where each fact sits in a block's numbers (see <see cref="Bits"/>).</summary>
    public const int WordChar = 0, Digit = 1, Upper = 2, NotUpperLetter = 3, NotLowerLetter = 4, NonAscii = 5;
    /// <summary>The numbers per block: its facts side by side, in one cache line.</summary>
    public const int Stride = 8;

    private ulong[] bits = [];

    private CharPlanes() { }

    /// <summary>How many blocks of 64 characters the text takes.</summary>
    public int Blocks { get; private set; }

    /// <summary>The fact k (<see cref="WordChar"/> …) of block b's 64 characters is the number at b * <see cref="Stride"/> + k, one bit per character.</summary>
    public ReadOnlySpan<ulong> Bits => bits.AsSpan(0, Blocks * Stride);

    /// <summary>The planes of the text, in this thread's buffer: read them before the thread classifies another text.</summary>
    public static CharPlanes Of(string text)
    {
        int blocks = (text.Length + 63) >> 6;
        var p = blocks <= MaxKeptBlocks ? kept ??= new CharPlanes() : new CharPlanes();
        if (p.bits.Length < Stride * blocks) p.bits = new ulong[Stride * Math.Max(blocks, 256)];
        p.Blocks = blocks;
        for (int b = 0; b < blocks; b++)
        {
            if ((b << 6) + 64 <= text.Length && Vector256.IsHardwareAccelerated) ClassifyVectorised(p, text, b);
            else Classify(p, text, b);
        }
        return p;
    }

    /// <summary>Classifies a whole block of 64 characters: its ASCII ones 16 at a time, the rare others one by one.</summary>
    private static void ClassifyVectorised(CharPlanes p, string text, int b)
    {
        int at = b << 6;
        ref ushort start = ref Unsafe.As<char, ushort>(ref MemoryMarshal.GetReference(text.AsSpan(at, 64)));
        ulong digit = 0, upper = 0, lower = 0, beyond = 0;
        for (int k = 0; k < 4; k++)
        {
            var v = Vector256.LoadUnsafe(ref start, (nuint)(k * 16));
            int shift = k * 16;
            digit |= (ulong)Vector256.LessThan(v - Vector256.Create((ushort)'0'), Vector256.Create((ushort)10)).ExtractMostSignificantBits() << shift;
            upper |= (ulong)Vector256.LessThan(v - Vector256.Create((ushort)'A'), Vector256.Create((ushort)26)).ExtractMostSignificantBits() << shift;
            lower |= (ulong)Vector256.LessThan(v - Vector256.Create((ushort)'a'), Vector256.Create((ushort)26)).ExtractMostSignificantBits() << shift;
            beyond |= (ulong)Vector256.GreaterThan(v, Vector256.Create((ushort)0x7F)).ExtractMostSignificantBits() << shift;
        }
        // Every ASCII letter has a case: a lower-case one is a letter not upper case, and the reverse.
        ulong word = digit | upper | lower, notUpper = lower, notLower = upper;
        for (ulong rest = beyond; rest != 0; rest &= rest - 1)
        {
            int j = BitOperations.TrailingZeroCount(rest);
            Add(CharClass.Of(text[at + j]), 1UL << j, ref word, ref digit, ref upper, ref notUpper, ref notLower);
        }
        Set(p, b, word, digit, upper, notUpper, notLower, beyond);
    }

    private static void Add(byte k, ulong bit, ref ulong word, ref ulong digit, ref ulong upper, ref ulong notUpper, ref ulong notLower)
    {
        if ((k & CharClass.LetterOrDigit) != 0) word |= bit;
        if ((k & CharClass.Digit) != 0) digit |= bit;
        if ((k & CharClass.Upper) != 0) upper |= bit;
        if ((k & CharClass.NotUpperLetter) != 0) notUpper |= bit;
        if ((k & CharClass.NotLowerLetter) != 0) notLower |= bit;
    }

    private static void Classify(CharPlanes p, string text, int b)
    {
        ulong word = 0, digit = 0, upper = 0, notUpper = 0, notLower = 0, beyond = 0;
        int at = b << 6, end = Math.Min(at + 64, text.Length);
        for (int i = at; i < end; i++)
        {
            byte k = CharClass.Of(text[i]);
            ulong bit = 1UL << (i - at);
            Add(k, bit, ref word, ref digit, ref upper, ref notUpper, ref notLower);
            if ((k & CharClass.NonAscii) != 0) beyond |= bit;
        }
        Set(p, b, word, digit, upper, notUpper, notLower, beyond);
    }

    /// <summary>The first offset at or after <paramref name="from"/> whose character is not a letter; <paramref name="length"/> (the text's) when none is.</summary>
    public int NextNonLetter(int from, int length)
    {
        int b = from >> 6;
        if (b >= Blocks) return length;
        ulong m = ~Letters(b) & ulong.MaxValue << (from & 63);
        while (m == 0)
        {
            if (++b >= Blocks) return length;
            m = ~Letters(b);
        }
        return Math.Min((b << 6) + BitOperations.TrailingZeroCount(m), length);
    }

    private ulong Letters(int b) => bits[b * Stride + WordChar] & ~bits[b * Stride + Digit];

    private static void Set(CharPlanes p, int b, ulong word, ulong digit, ulong upper, ulong notUpper, ulong notLower, ulong beyond)
    {
        var block = p.bits.AsSpan(b * Stride, Stride);
        block[WordChar] = word;
        block[Digit] = digit;
        block[Upper] = upper;
        block[NotUpperLetter] = notUpper;
        block[NotLowerLetter] = notLower;
        block[NonAscii] = beyond;
    }
}
