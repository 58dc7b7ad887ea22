using System.Text;

namespace Pamir.Tests.Export;

/// <summary>A strict RFC 4180 reader for checking what the CSV writers produce.</summary>
internal static class CsvReading
{
    public static List<List<string>> Records(string csv)
    {
        var records = new List<List<string>>();
        var record = new List<string>();
        var field = new StringBuilder();
        int i = 0;
        while (i < csv.Length)
        {
            if (csv[i] == '"')
            {
                for (i++; ; i++)
                {
                    if (i >= csv.Length) throw new FormatException("unterminated quoted field");
                    if (csv[i] != '"') { field.Append(csv[i]); continue; }
                    if (i + 1 < csv.Length && csv[i + 1] == '"') { field.Append('"'); i++; continue; }
                    i++;
                    break;
                }
            }
            else
            {
                while (i < csv.Length && csv[i] is not (',' or '\r'))
                {
                    if (csv[i] is '"' or '\n') throw new FormatException($"bare {csv[i]} in an unquoted field at {i}");
                    field.Append(csv[i++]);
                }
            }
            record.Add(field.ToString());
            field.Clear();
            if (i < csv.Length && csv[i] == ',') { i++; continue; }
            if (i + 1 < csv.Length && csv[i] == '\r' && csv[i + 1] == '\n') { i += 2; records.Add(record); record = []; continue; }
            throw new FormatException($"expected a comma or CRLF at {i}");
        }
        return records;
    }
}
