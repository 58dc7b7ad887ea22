using System.Text;

namespace Pamir.Core.Export;

/// <summary>
/// Writes CSV records as RFC 4180 has them: fields separated by commas, records ended by CRLF, a
/// field quoted when it holds a comma, a quote, a line break or edge spaces, and a quote inside a
/// quoted field doubled. A missing value is an empty field.
/// </summary>
public sealed class AcledCsvWriter(TextWriter output)
{
    private readonly StringBuilder line = new();

    public void WriteRecord(IReadOnlyList<string?> fields)
    {
        line.Clear();
        for (int i = 0; i < fields.Count; i++)
        {
            if (i > 0) line.Append(',');
            Append(fields[i]);
        }
        line.Append("\r\n");
        output.Write(line);
    }

    private void Append(string? field)
    {
        if (string.IsNullOrEmpty(field)) return;
        bool quote = field.AsSpan().IndexOfAny(",\"\r\n") >= 0 || field[0] == ' ' || field[^1] == ' ';
        if (!quote)
        {
            line.Append(field);
            return;
        }
        line.Append('"');
        foreach (char c in field)
        {
            if (c == '"') line.Append('"');
            line.Append(c);
        }
        line.Append('"');
    }
}
