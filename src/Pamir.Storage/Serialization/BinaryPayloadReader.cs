using System.Buffers.Binary;
using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Storage.Serialization;

/// <summary>
/// Reads a payload <see cref="BinaryPayloadWriter"/> wrote, value by value in the order written.
/// Texts are made once per payload and, when short, shared across payloads (<see cref="SharedStrings"/>).
/// </summary>
internal ref struct BinaryPayloadReader
{
    /// <summary>The number of the format, the first byte of every payload, so that another can follow it.</summary>
    public const byte Format = 1;

    public const int DatePresent = 1, DateYear = 2, DateMonth = 4, DateDay = 8, DateDecade = 16;

    private readonly ReadOnlySpan<byte> payload;
    private readonly List<string> texts;
    private int position;

    /// <summary>Reads the payload's format and the length of its list, which <see cref="Count"/> holds.</summary>
    public BinaryPayloadReader(ReadOnlySpan<byte> payload, List<string> texts)
    {
        this.payload = payload;
        this.texts = texts;
        texts.Clear();
        if (payload.IsEmpty || payload[0] != Format)
            throw new InvalidDataException($"a findings payload of an unknown format ({(payload.IsEmpty ? "empty" : $"format {payload[0]}")}) is stored");
        position = 1;
        Count = ReadCount();
    }

    /// <summary>How many values the payload's list holds.</summary>
    public int Count { get; }

    public byte ReadByte() => payload[position++];

    public int ReadCount() => checked((int)Unsigned());

    public int ReadInt() => Zigzag((uint)Unsigned());

    public int? ReadNullableInt()
    {
        ulong code = Unsigned();
        return code == 0 ? null : Zigzag((uint)(code - 1));
    }

    public double ReadDouble()
    {
        double value = BinaryPrimitives.ReadDoubleLittleEndian(payload.Slice(position, 8));
        position += 8;
        return value;
    }

    public double? ReadNullableDouble() => ReadByte() == 0 ? null : ReadDouble();

    public string? ReadNullableString()
    {
        ulong code = Unsigned();
        if (code == 0) return null;
        if (code > 1) return texts[checked((int)(code - 2))];
        int length = ReadCount();
        string text = SharedStrings.Of(payload.Slice(position, length));
        position += length;
        texts.Add(text);
        return text;
    }

    public string ReadString() => ReadNullableString() ?? throw new InvalidDataException("a findings payload lacks a text it must have");

    public List<string> ReadStrings()
    {
        int count = ReadCount();
        var values = new List<string>(count);
        for (int i = 0; i < count; i++) values.Add(ReadString());
        return values;
    }

    public TextSpan ReadSpan()
    {
        int start = ReadInt();
        return new TextSpan(start, start + ReadInt());
    }

    public List<TextSpan> ReadSpans()
    {
        int count = ReadCount();
        var spans = new List<TextSpan>(count);
        for (int i = 0; i < count; i++) spans.Add(ReadSpan());
        return spans;
    }

    public FuzzyDate? ReadDate()
    {
        int parts = ReadByte();
        if (parts == 0) return null;
        int? year = (parts & DateYear) != 0 ? ReadInt() : null;
        int? month = (parts & DateMonth) != 0 ? ReadInt() : null;
        int? day = (parts & DateDay) != 0 ? ReadInt() : null;
        return new FuzzyDate(year, month, day, (parts & DateDecade) != 0);
    }

    /// <summary>Whether every byte was read: a payload with bytes left over was not written by this format.</summary>
    public readonly void End()
    {
        if (position != payload.Length) throw new InvalidDataException("a findings payload holds more than its format reads");
    }

    private static int Zigzag(uint code) => (int)(code >> 1) ^ -(int)(code & 1);

    private ulong Unsigned()
    {
        ulong value = 0;
        for (int shift = 0; ; shift += 7)
        {
            byte b = payload[position++];
            value |= (ulong)(b & 0x7F) << shift;
            if (b < 0x80) return value;
            if (shift >= 63) throw new InvalidDataException("a findings payload holds a number too long for its format");
        }
    }
}
