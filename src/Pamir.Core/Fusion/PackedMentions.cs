namespace Pamir.Core.Fusion;

/// <summary>
/// One document's actor mentions as they are held until resolution: each its naming's number and
/// its span count, written as variable-length numbers, seven bits a byte. Most namings are numbered
/// below 16,384 and most mentions have a span or two, so a mention takes three bytes, not eight.
/// </summary>
internal static class PackedMentions
{
    /// <param name="numbers">Each mention's naming number, then its span count.</param>
    public static byte[] Pack(List<int> numbers)
    {
        int length = 0;
        foreach (int number in numbers) length += Length(number);
        var packed = new byte[length];
        int at = 0;
        foreach (int number in numbers)
        {
            uint rest = (uint)number;
            for (; rest >= 0x80; rest >>= 7) packed[at++] = (byte)(rest | 0x80);
            packed[at++] = (byte)rest;
        }
        return packed;
    }

    private static int Length(int number)
    {
        int length = 1;
        for (uint rest = (uint)number; rest >= 0x80; rest >>= 7) length++;
        return length;
    }

    /// <summary>Reads the mentions back in the order packed.</summary>
    public ref struct Reader(byte[] packed)
    {
        private int at;

        public bool Next(out int naming, out int spans)
        {
            if (at >= packed.Length)
            {
                (naming, spans) = (0, 0);
                return false;
            }
            naming = Number();
            spans = Number();
            return true;
        }

        private int Number()
        {
            uint number = 0;
            for (int shift = 0; ; shift += 7)
            {
                byte b = packed[at++];
                number |= (uint)(b & 0x7F) << shift;
                if (b < 0x80) return (int)number;
            }
        }
    }
}
