using Pamir.Core.Export;

namespace Pamir.Tests.Export;

public class AcledCsvWriterTests
{
    private static string Write(params string?[] fields)
    {
        var output = new StringWriter();
        new AcledCsvWriter(output).WriteRecord(fields);
        return output.ToString();
    }

    [Fact]
    public void Plain_fields_are_written_as_they_are_and_a_record_ends_with_crlf()
    {
        Assert.Equal("Vahdat,Riots,32\r\n", Write("Vahdat", "Riots", "32"));
    }

    [Fact]
    public void A_missing_value_is_an_empty_field()
    {
        Assert.Equal("a,,c\r\n", Write("a", null, "c"));
    }

    [Fact]
    public void A_field_with_a_comma_a_quote_or_a_line_break_is_quoted_and_its_quotes_doubled()
    {
        Assert.Equal("\"Vahdat, Tajikistan\",\"the \"\"high-security\"\" prison\",\"two\nlines\"\r\n",
            Write("Vahdat, Tajikistan", "the \"high-security\" prison", "two\nlines"));
    }

    [Fact]
    public void A_field_with_spaces_at_its_edges_is_quoted_so_readers_keep_them()
    {
        Assert.Equal("\" padded \"\r\n", Write(" padded "));
    }

    [Fact]
    public void What_is_written_reads_back_field_for_field()
    {
        string?[] fields = ["a,b", "say \"hi\"", "", "line\r\nbreak", "Душанбе", "plain"];

        var record = Assert.Single(CsvReading.Records(Write(fields)));

        Assert.Equal(fields.Select(f => f ?? ""), record);
    }
}
