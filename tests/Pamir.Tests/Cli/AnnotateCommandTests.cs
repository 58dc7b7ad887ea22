using System.Text.Json;
using Pamir.Cli;

namespace Pamir.Tests.Cli;

public class AnnotateCommandTests : IDisposable
{
    private const string Report = "Three guards and 29 inmates were killed on 19 May in a prison riot in Vahdat, Tajikistan.";
    private readonly string file = Path.Combine(Path.GetTempPath(), $"pamir-annotate-{Guid.NewGuid():N}.txt");

    public AnnotateCommandTests() => File.WriteAllText(file, Report);

    private static (int Exit, string Output, string Error) Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        return (PamirCli.Run(args, output, error), output.ToString(), error.ToString());
    }

    [Fact]
    public void Shows_every_layer_in_pipeline_order_with_the_publication_date_given()
    {
        var (exit, output, _) = Run("annotate", file, "--published", "2019-05-28");

        Assert.Equal(0, exit);
        Assert.StartsWith($"{Report.Length} characters, published 2019-05-28", output);
        string[] headings = ["Sentences (", "Time expressions (", "Quantities (", "Places (", "Names (", "Incident reports ("];
        var positions = headings.Select(h => output.IndexOf("\n" + h, StringComparison.Ordinal)).ToList();
        Assert.DoesNotContain(-1, positions);
        Assert.Equal(positions.Order(), positions);
    }

    [Fact]
    public void With_json_every_span_points_at_its_text()
    {
        var (exit, output, _) = Run("annotate", file, "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        Assert.Equal(Report.Length, json.RootElement.GetProperty("length").GetInt32());
        foreach (var span in json.RootElement.GetProperty("spans").EnumerateArray())
        {
            int start = span.GetProperty("start").GetInt32(), end = span.GetProperty("end").GetInt32();
            Assert.Equal(Report[start..end], span.GetProperty("text").GetString());
            Assert.Contains(span.GetProperty("layer").GetString(), (string[])["sentence", "time", "quantity", "place", "name", "incident"]);
        }
    }

    [Fact]
    public void A_missing_file_fails_with_one_line_naming_it()
    {
        var (exit, _, error) = Run("annotate", file + ".missing");

        Assert.Equal(1, exit);
        Assert.Contains(".missing: no such file", error);
    }

    [Fact]
    public void A_malformed_publication_date_is_a_usage_error()
    {
        var (exit, _, error) = Run("annotate", file, "--published", "28/05/2019");

        Assert.Equal(2, exit);
        Assert.Contains("--published 28/05/2019", error);
    }

    public void Dispose()
    {
        GC.SuppressFinalize(this);
        File.Delete(file);
    }
}
