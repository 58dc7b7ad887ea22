using System.Globalization;
using Pamir.Core.Incidents;
using Pamir.Core.Pipeline;
using Pamir.Core.Quantities;

namespace Pamir.Cli.Commands;

/// <summary>Turns an analysed document's layers and incident reports into the spans `pamir annotate` shows, layer by layer.</summary>
internal static class AnnotationLayers
{
    public static readonly string[] Order = ["sentence", "time", "quantity", "place", "name", "incident"];

    public static IEnumerable<AnnotationSpan> Spans(AnalyzedDocument document, IReadOnlyList<IncidentReport> incidents)
    {
        string text = document.Text;
        string Of(int start, int end) => text[start..end];

        foreach (var s in document.Sentences)
            yield return new("sentence", s.Start, s.End, Of(s.Start, s.End), null, []);
        foreach (var t in document.Times)
            yield return new("time", t.Start, t.End, Of(t.Start, t.End),
                t.RangeEnd is { } end ? $"{t.Value.ToIso()}/{end.ToIso()}" : t.Value.ToIso(),
                [("precision", t.Value.Precision.ToString().ToLowerInvariant()), ("anchor", t.Anchor.ToString().ToLowerInvariant())]);
        foreach (var q in document.Quantities)
            yield return new("quantity", q.Start, q.End, Of(q.Start, q.End), QuantityValue(q),
                [("approximation", q.Approximation.ToString().ToLowerInvariant()), ("unit", q.Unit)]);
        foreach (var p in document.Places)
            yield return new("place", p.Start, p.End, Of(p.Start, p.End), $"{p.Place.Name}, {p.Place.CountryCode}",
                [("kind", p.Place.Kind.ToString().ToLowerInvariant()), ("gazetteer_id", p.Place.Id),
                 ("latitude", p.Place.Latitude), ("longitude", p.Place.Longitude), ("admin1", p.Place.Admin1),
                 ("role", p.Role.ToString().ToLowerInvariant()), ("demonym", p.IsDemonym)]);
        foreach (var n in document.Names)
            yield return new("name", n.Start, n.End, Of(n.Start, n.End), n.Name,
                [("kind", n.Kind.ToString().ToLowerInvariant()), ("catalogue_id", n.CatalogueId), ("role", n.Role)]);
        foreach (var r in incidents)
        {
            var span = r.Evidence.Count > 0 ? r.Evidence[0] : default;
            int start = Math.Clamp(span.Start, 0, text.Length), end = Math.Clamp(span.End, start, text.Length);
            yield return new("incident", start, end, Of(start, end), IncidentValue(r),
                [("event_type", r.EventType.ToAcled()), ("sub_event_type", r.SubEventType), ("date", r.Date?.ToIso()),
                 ("location", r.Place?.Name), ("country", r.Place?.CountryCode), ("fatalities", r.Fatalities),
                 ("fatalities_stated", r.FatalitiesStated), ("injured", r.Injured), ("arrested", r.Arrested),
                 ("perpetrators", string.Join("; ", r.Perpetrators)), ("targets", string.Join("; ", r.Targets)), ("trigger", r.Trigger)]);
        }
    }

    private static string? QuantityValue(Quantity q)
    {
        if (q.Value is not double v) return "vague (no number)";
        string value = v.ToString("0.####", CultureInfo.InvariantCulture);
        if (q.Upper is double u) value += "–" + u.ToString("0.####", CultureInfo.InvariantCulture);
        return q.Unit is { Length: > 0 } unit ? $"{value} {unit}" : value;
    }

    private static string IncidentValue(IncidentReport r)
    {
        string toll = r.Fatalities is int n ? $"{n} killed" : r.FatalitiesStated is { Length: > 0 } s ? $"toll \"{s}\" (no number)" : "no toll";
        return $"{r.EventType.ToAcled()} / {r.SubEventType}, {r.Date?.ToIso() ?? "undated"}, {r.Place?.Name ?? "place unknown"}, {toll}";
    }
}
