using System.Text;
using Pamir.Core.Documents;

namespace Pamir.Tests.Documents;

public class BinarySnifferTests
{
    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }, "a PNG image")]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10 }, "a JPEG image")]
    [InlineData(new byte[] { 0x47, 0x49, 0x46, 0x38, 0x39, 0x61 }, "a GIF image")]
    [InlineData(new byte[] { 0x25, 0x50, 0x44, 0x46, 0x2D, 0x31 }, "a PDF document")]
    public void Image_and_document_formats_are_named_by_their_magic_bytes(byte[] head, string kind)
    {
        Assert.Equal(kind, BinarySniffer.DescribeNonText(head));
    }

    [Fact]
    public void Zero_bytes_mark_binary_data()
    {
        Assert.Equal("binary data", BinarySniffer.DescribeNonText([0x12, 0x00, 0x34, 0x56, 0x00, 0x00, 0x01, 0x02, 0x03]));
    }

    [Fact]
    public void Text_in_any_of_the_supported_encodings_is_not_binary()
    {
        Assert.Null(BinarySniffer.DescribeNonText(Encoding.UTF8.GetBytes("Dushanbe, 20 May 2019\r\n\tA riot broke out.")));
        Assert.Null(BinarySniffer.DescribeNonText([0xFF, 0xFE, .. Encoding.Unicode.GetBytes("Khorog")]));
    }
}
