using System.Buffers.Binary;
using System.Runtime.InteropServices;
using System.Text;
using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Storage.Serialization;

/// <summary>
/// Writes one payload at a time into one reused buffer, in the compact form <see cref="BinaryPayloadReader"/>
/// reads: numbers as variable-length integers, text as UTF-8 written once per payload and then
/// referred to by its number (a document's id is in every one of its findings, an actor's name is
/// mostly also its only form), absent values as one byte.
/// </summary>
internal sealed class BinaryPayloadWriter
{
    /// <summary>Refuses text that is not valid UTF-16 rather than storing a replacement character in its place.</summary>
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Dictionary<string, int> written = new(StringComparer.Ordinal);
    private byte[] buffer = new byte[4096];
    private int length;

    /// <summary>The payload written since the last <see cref="Start"/>, valid until the next.</summary>
    public ReadOnlySpan<byte> Written => buffer.AsSpan(0, length);

    /// <summary>Starts a payload: its format's number, then a list of <paramref name="count"/> values.</summary>
    public void Start(int count)
    {
        length = 0;
        written.Clear();
        Byte(BinaryPayloadReader.Format);
        Count(count);
    }

    public void Byte(byte value)
    {
        Reserve(1);
        buffer[length++] = value;
    }

    public void Count(int count) => Unsigned((uint)count);

    public void Int(int value) => Unsigned((uint)((value << 1) ^ (value >> 31)));

    /// <summary>Null as 0, any other number one above its zigzag code.</summary>
    public void Int(int? value) => Unsigned(value is int number ? ((uint)((number << 1) ^ (number >> 31))) + 1UL : 0UL);

    /// <summary>A figure as its eight bytes; one that is not a number could not be exported, so it is refused as the JSON payloads refused it.</summary>
    public void Double(double value)
    {
        if (!double.IsFinite(value)) throw new ArgumentException($"{value} is not a finite number and cannot be stored", nameof(value));
        Reserve(8);
        BinaryPrimitives.WriteDoubleLittleEndian(buffer.AsSpan(length), value);
        length += 8;
    }

    public void Double(double? value)
    {
        Byte(value is null ? (byte)0 : (byte)1);
        if (value is double number) Double(number);
    }

    /// <summary>0 for null; 1 and the UTF-8 the first time a text is written in this payload; its number plus 2 afterwards.</summary>
    public void String(string? value)
    {
        if (value is null)
        {
            Byte(0);
            return;
        }
        // One look-up finds the text or makes its entry: most texts of a payload are new to it.
        ref int number = ref CollectionsMarshal.GetValueRefOrAddDefault(written, value, out bool seen);
        if (seen)
        {
            Unsigned((ulong)number + 2);
            return;
        }
        number = written.Count - 1;
        Byte(1);
        int most = Utf8.GetMaxByteCount(value.Length);
        Reserve(most + 5);
        int bytes = Utf8.GetBytes(value, buffer.AsSpan(length + 5));
        // The length goes before the text: written in as few bytes as it needs, and the text moved up behind it.
        int start = length;
        Unsigned((uint)bytes);
        buffer.AsSpan(start + 5, bytes).CopyTo(buffer.AsSpan(length));
        length += bytes;
    }

    /// <summary>A list of texts; a null list as an empty one, as the JSON payloads read it back.</summary>
    public void Strings(IReadOnlyList<string>? values)
    {
        Count(values?.Count ?? 0);
        if (values is null) return;
        // Indexed: a foreach through the interface allocates an enumerator for each list, and a
        // refresh writes several lists for each of tens of thousands of incidents and reports.
        for (int i = 0; i < values.Count; i++) String(values[i]);
    }

    public void Span(TextSpan span)
    {
        Int(span.Start);
        Int(span.End - span.Start);
    }

    public void Spans(IReadOnlyList<TextSpan>? spans)
    {
        Count(spans?.Count ?? 0);
        if (spans is null) return;
        for (int i = 0; i < spans.Count; i++) Span(spans[i]);
    }

    /// <summary>One byte saying which parts the date has (0: no date), then those parts.</summary>
    public void Date(FuzzyDate? date)
    {
        if (date is not { } value)
        {
            Byte(0);
            return;
        }
        Byte((byte)(BinaryPayloadReader.DatePresent
            | (value.Year is null ? 0 : BinaryPayloadReader.DateYear)
            | (value.Month is null ? 0 : BinaryPayloadReader.DateMonth)
            | (value.Day is null ? 0 : BinaryPayloadReader.DateDay)
            | (value.IsDecade ? BinaryPayloadReader.DateDecade : 0)));
        if (value.Year is int year) Int(year);
        if (value.Month is int month) Int(month);
        if (value.Day is int day) Int(day);
    }

    private void Unsigned(ulong value)
    {
        Reserve(10);
        while (value >= 0x80)
        {
            buffer[length++] = (byte)(value | 0x80);
            value >>= 7;
        }
        buffer[length++] = (byte)value;
    }

    private void Reserve(int bytes)
    {
        if (length + bytes <= buffer.Length) return;
        Array.Resize(ref buffer, Math.Max(buffer.Length * 2, length + bytes));
    }
}
