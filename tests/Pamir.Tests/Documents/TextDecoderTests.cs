using System.Text;
using Pamir.Core.Documents;

namespace Pamir.Tests.Documents;

public class TextDecoderTests
{
    private const string Report = "Khujand – “26 dead” in prison riot";

    [Fact]
    public void Utf8_without_a_byte_order_mark_reads_as_written()
    {
        Assert.Equal(Report, TextDecoder.Decode(Encoding.UTF8.GetBytes(Report)));
    }

    [Fact]
    public void The_utf8_byte_order_mark_is_not_part_of_the_text()
    {
        byte[] bytes = [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Report)];
        Assert.Equal(Report, TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Utf16_little_and_big_endian_with_a_mark_are_read()
    {
        byte[] little = [0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Report)];
        byte[] big = [0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Report)];
        Assert.Equal(Report, TextDecoder.Decode(little));
        Assert.Equal(Report, TextDecoder.Decode(big));
    }

    [Fact]
    public void Utf16_saved_without_a_mark_is_recognised_by_its_zero_bytes()
    {
        var text = "Vahdat prison riot leaves 32 dead";
        Assert.Equal(text, TextDecoder.Decode(Encoding.Unicode.GetBytes(text)));
    }

    [Fact]
    public void A_windows_1252_file_reads_with_its_curly_quotes_and_dashes()
    {
        // “Rahmon” – 5 € : quotes, en dash and euro sign are 0x93, 0x94, 0x96, 0x80 in Windows-1252.
        byte[] bytes = [0x93, (byte)'R', (byte)'a', (byte)'h', (byte)'m', (byte)'o', (byte)'n', 0x94, (byte)' ', 0x96, (byte)' ', (byte)'5', (byte)' ', 0x80];
        Assert.Equal("“Rahmon” – 5 €", TextDecoder.Decode(bytes));
    }

    [Fact]
    public void A_file_mixing_utf8_and_stray_windows_1252_bytes_keeps_both()
    {
        byte[] bytes = [.. Encoding.UTF8.GetBytes("Khodjent – "), 0xE9, (byte)'t', (byte)'e'];
        Assert.Equal("Khodjent – éte", TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Undefined_windows_1252_bytes_become_replacement_characters_instead_of_failing()
    {
        Assert.Equal("a\uFFFDb", TextDecoder.Decode([(byte)'a', 0x81, (byte)'b']));
        Assert.Equal('\u0160', Windows1252.ToChar(0x8A));
        Assert.Equal('é', Windows1252.ToChar(0xE9));
    }
}
