using Pamir.Core.Documents;
using Pamir.Core.Incidents;
using Pamir.Core.Pipeline;

namespace Pamir.Tests.Incidents;

/// <summary>
/// One analysing thread reads report after report and lends each the same working arrays: what a
/// long report leaves in them must not leak into a short one read next, nor the other way round.
/// </summary>
public class ReportsReadInTurnTests
{
    private const string Short = "Police detained five protesters in Khujand on 3 March 2024.";

    private static readonly string Long = string.Join(' ', Enumerable.Range(1, 40).Select(day =>
        $"Gunmen killed {day % 7 + 2} border guards near Khorog on {day % 28 + 1} May 2023, officials in Dushanbe said. "
        + "Residents of the district described a quiet morning before the shooting began."));

    private static DocumentFindings Read(string text, string id) => PamirPipeline.Default.Analyze(
        new SourceDocument { Id = id, Source = "test", Text = text, ContentHash = id });

    /// <summary>What a reader sees of a report's findings: incidents with their dates, places, tolls and evidence, in order.</summary>
    private static List<string> Seen(DocumentFindings findings) => findings.Incidents.Select(r =>
        $"{r.EventType}|{r.SubEventType}|{r.Date}|{r.Place?.Name}|{r.Fatalities}|{r.Arrested}|{r.Trigger}|{string.Join(",", r.Evidence)}").ToList();

    private static (List<string> Short, List<string> Long) OnAFreshThread()
    {
        (List<string>, List<string>) seen = default;
        var thread = new Thread(() => seen = (Seen(Read(Short, "short")), Seen(Read(Long, "long"))));
        thread.Start();
        thread.Join();
        return seen;
    }

    [Fact]
    public void A_short_report_read_after_a_long_one_finds_what_it_finds_read_first()
    {
        var fresh = OnAFreshThread();
        Assert.NotEmpty(fresh.Short);
        Assert.NotEmpty(fresh.Long);

        var shortFirst = Seen(Read(Short, "short"));
        var longAfter = Seen(Read(Long, "long"));
        var shortAgain = Seen(Read(Short, "short"));

        Assert.Equal(fresh.Short, shortFirst);
        Assert.Equal(fresh.Long, longAfter);
        Assert.Equal(shortFirst, shortAgain);
    }

    [Fact]
    public void Places_of_a_short_report_read_after_a_long_one_are_those_it_has_read_alone()
    {
        static List<string> PlacesOf(string text) => PamirPipeline.Default
            .Annotate(new SourceDocument { Id = "p", Source = "test", Text = text, ContentHash = "p" })
            .Places.Select(p => $"{p.Start}-{p.End}:{p.Place.Name}:{p.Role}").ToList();

        var alone = PlacesOf(Short);
        _ = PlacesOf(Long);

        Assert.Equal(alone, PlacesOf(Short));
        Assert.StartsWith($"{Short.IndexOf("Khujand", StringComparison.Ordinal)}-", Assert.Single(alone));
    }

    [Fact]
    public void Dates_of_a_short_report_read_after_a_long_one_are_those_it_has_read_alone()
    {
        static List<string> DatesOf(string text) => PamirPipeline.Default
            .Annotate(new SourceDocument { Id = "t", Source = "test", Text = text, ContentHash = "t" })
            .Times.Select(t => $"{t.Start}-{t.End}:{t.Value}").ToList();

        var alone = DatesOf(Short);
        var longDates = DatesOf(Long);

        Assert.Equal(alone, DatesOf(Short));
        Assert.Equal(40, longDates.Count(d => d.Contains("2023")));
        Assert.Contains("2024-03-03", Assert.Single(alone));
    }

    [Fact]
    public void Actors_figures_and_relations_of_a_short_report_read_after_a_long_one_are_those_it_has_read_alone()
    {
        const string brief = "Kyrgyzstan still relies on Russia, its main security partner. "
            + "Kyrgyzstan guards its 1,000-kilometre border with Tajikistan, President Sadyr Japarov said.";
        string lengthy = string.Join(' ', Enumerable.Range(1, 30).Select(k =>
            $"Armenia still relies on Russia, its main security partner, commander Aram Petrosyan {k} said. "
            + $"Armenia spent {k * 10} million dollars on its {k * 100}-kilometre border with Azerbaijan, Gen. Tigran Sargsyan added."));
        static List<string> Seen(DocumentFindings findings) =>
        [
            .. findings.Actors.Select(a => $"actor {a.Name}|{a.Kind}|{string.Join(",", a.Forms)}|{string.Join(",", a.Roles)}|{string.Join(",", a.Spans)}"),
            .. findings.Claims.Select(c => $"figure {c.Measure}|{c.Subject}|{c.Value}|{c.Unit}|{c.Evidence}"),
            .. findings.Relations.Select(r => $"relation {r.Source}|{r.Target}|{r.Type}|{r.Evidence}"),
        ];

        var alone = Seen(Read(brief, "brief"));
        var lengthySeen = Seen(Read(lengthy, "lengthy"));

        Assert.Equal(alone, Seen(Read(brief, "brief")));
        Assert.Contains(alone, s => s.StartsWith("actor Sadyr Japarov|"));
        Assert.Contains(alone, s => s.StartsWith("figure "));
        Assert.Contains(alone, s => s.StartsWith("relation "));
        Assert.Contains(lengthySeen, s => s.StartsWith("relation "));
    }
}
