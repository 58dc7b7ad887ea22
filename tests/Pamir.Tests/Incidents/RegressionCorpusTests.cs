using Pamir.Core.Incidents;
using Xunit.Abstractions;

namespace Pamir.Tests.Incidents;

/// <summary>
/// The whole pipeline over the regression corpus: a report counts as found when its type and date
/// match an expected incident of the same text, and its place and toll are scored on those
/// matches. The floors may only rise: raise them when the extractor improves.
/// </summary>
public class RegressionCorpusTests(ITestOutputHelper output)
{
    private const double ReportF1Floor = 0.50;
    private const double PlaceFloor = 0.42;
    private const double TollFloor = 0.85;

    [Fact]
    public void The_regression_corpus_keeps_its_quality_floor()
    {
        int found = 0, expected = 0, matched = 0, placeRight = 0, tollRight = 0;
        foreach (var report in RegressionCorpus.Reports)
        {
            var reports = WholePipeline.Reports(report.Text, report.Published, report.Id).ToList();
            found += reports.Count;
            expected += report.Incidents.Count;
            foreach (var want in report.Incidents)
            {
                var hit = reports.FirstOrDefault(r => r.EventType.ToAcled() == want.EventType && r.Date?.ToIso() == want.Date);
                if (hit is null)
                {
                    output.WriteLine($"missed {report.Id}: {want}");
                    continue;
                }
                reports.Remove(hit);
                matched++;
                if (want.Place is null || hit.Place?.Name == want.Place) placeRight++;
                else output.WriteLine($"place {report.Id}: {hit.Place?.Name} vs {want.Place}");
                if (hit.Fatalities == want.Fatalities) tollRight++;
                else output.WriteLine($"toll {report.Id}: {hit.Fatalities} vs {want.Fatalities}");
            }
            foreach (var extra in reports) output.WriteLine($"extra {report.Id}: {extra.EventType} {extra.Date} {extra.Place?.Name} {extra.Fatalities}");
        }
        double precision = found == 0 ? 1 : (double)matched / found, recall = expected == 0 ? 1 : (double)matched / expected;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        double places = matched == 0 ? 0 : (double)placeRight / matched, tolls = matched == 0 ? 0 : (double)tollRight / matched;
        output.WriteLine($"regression corpus: F1 {f1:0.000} (P {precision:0.000}, R {recall:0.000}), places {places:0.000}, tolls {tolls:0.000}");

        Assert.True(f1 >= ReportF1Floor, $"incident-report F1 {f1:0.000} fell below the floor {ReportF1Floor}");
        Assert.True(places >= PlaceFloor, $"place accuracy {places:0.000} fell below the floor {PlaceFloor}");
        Assert.True(tolls >= TollFloor, $"toll accuracy {tolls:0.000} fell below the floor {TollFloor}");
    }
}
