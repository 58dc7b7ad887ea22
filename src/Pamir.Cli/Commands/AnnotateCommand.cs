using System.CommandLine;
using System.Security.Cryptography;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Pamir.Core.Documents;
using Pamir.Core.Pipeline;
using Pamir.Core.Time;

namespace Pamir.Cli.Commands;

/// <summary>
/// `pamir annotate [FILE]`: reads one text and shows what Pamir reads in it, layer by layer —
/// sentences, time expressions, quantities, places, names and incident reports — so that an
/// analyst can see why a fact was or was not found.
/// </summary>
internal static class AnnotateCommand
{
    public static Command Create()
    {
        var file = new Argument<string?>("FILE") { Description = "The text to read (default: standard input)", Arity = ArgumentArity.ZeroOrOne };
        var published = new Option<string?>("--published")
        {
            Description = "The publication date relative dates are resolved against (YYYY-MM-DD)",
            HelpName = "DATE",
        };
        published.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<string?>() is { } text && FuzzyDate.ParseIso(text) is null)
                result.AddError($"--published {text}: expected a date as YYYY-MM-DD");
        });
        var json = CommonOptions.Json("the spans (start, end, text, layer, value)");
        var command = new Command("annotate", "Show what Pamir reads in one text, layer by layer") { file, published, json };
        CommandContext.SetAction(command, context =>
        {
            string? path = context.Get(file);
            string text;
            if (path is null or "-") text = Console.In.ReadToEnd();
            else if (!File.Exists(path)) return context.Fail($"{path}: no such file");
            else text = File.ReadAllText(path);
            text = text.TrimStart('\uFEFF');
            if (string.IsNullOrWhiteSpace(text)) return context.Fail($"{path ?? "standard input"}: no text to read");

            var date = FuzzyDate.ParseIso(context.Get(published));
            var source = new SourceDocument
            {
                Id = path is null or "-" ? "stdin" : Path.GetFileNameWithoutExtension(path),
                Source = path ?? "stdin",
                Text = text,
                Published = date,
                PublishedSource = date is null ? DateSource.Unknown : DateSource.Metadata,
                ContentHash = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text))),
            };
            var pipeline = PamirPipeline.Default;
            var document = pipeline.Annotate(source);
            var findings = pipeline.Extract(document);
            var spans = AnnotationLayers.Spans(document, findings.Incidents).ToList();
            if (context.Get(json)) WriteJson(context.Output, document, spans);
            else WriteListing(context.Output, document, spans);
            return ExitCodes.Ok;
        });
        return command;
    }

    private static void WriteListing(TextWriter output, AnalyzedDocument document, List<AnnotationSpan> spans)
    {
        output.WriteLine($"{document.Text.Length} characters, published {document.Published?.ToIso() ?? "unknown (relative dates resolve against dates in the text)"}"
            + (document.FocusCountry is { } focus ? $", mostly about {focus}" : ""));
        foreach (var layer in AnnotationLayers.Order)
        {
            var inLayer = spans.Where(s => s.Layer == layer).ToList();
            output.WriteLine();
            output.WriteLine($"{Title(layer)} ({inLayer.Count})");
            foreach (var span in inLayer)
            {
                string quoted = OneLine(span.Text);
                output.Write($"  {span.Start,6}–{span.End,-6} ");
                output.WriteLine(span.Value is null ? quoted : $"\"{quoted}\" → {span.Value}");
                var details = span.Details.Where(d => d.Value is not null && d.Value is not "" && d.Value is not false).Select(d => $"{d.Key} {Format(d.Value)}").ToList();
                if (details.Count > 0) output.WriteLine($"{"",16}{string.Join(" · ", details)}");
            }
        }
    }

    private static void WriteJson(TextWriter output, AnalyzedDocument document, List<AnnotationSpan> spans)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("published", document.Published?.ToIso());
            json.WriteString("focus_country", document.FocusCountry);
            json.WriteNumber("length", document.Text.Length);
            json.WriteStartArray("spans");
            foreach (var span in spans)
            {
                json.WriteStartObject();
                json.WriteNumber("start", span.Start);
                json.WriteNumber("end", span.End);
                json.WriteString("text", span.Text);
                json.WriteString("layer", span.Layer);
                json.WriteString("value", span.Value);
                foreach (var (key, value) in span.Details)
                {
                    json.WritePropertyName(key);
                    JsonSerializer.Serialize(json, value);
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    private static string Title(string layer) => layer switch
    {
        "sentence" => "Sentences",
        "time" => "Time expressions",
        "quantity" => "Quantities",
        "place" => "Places",
        "name" => "Names",
        _ => "Incident reports",
    };

    private static string Format(object? value) => value switch
    {
        double d => d.ToString("0.####", System.Globalization.CultureInfo.InvariantCulture),
        bool b => b ? "yes" : "no",
        _ => value?.ToString() ?? "",
    };

    private static string OneLine(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\r', '\t'], StringSplitOptions.RemoveEmptyEntries));
}
