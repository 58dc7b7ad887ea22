using Pamir.Core.Documents;
using Pamir.Core.Export;
using Pamir.Core.Fusion;
using Pamir.Core.Incidents;
using Pamir.Core.Text;
using Pamir.Core.Time;
using static Pamir.Tests.Fusion.IncidentReportFixtures;

namespace Pamir.Tests.Export;

public class AcledCsvExportTests
{
    private const string RiotText = "Three guards and 29 inmates died on 19 May when prisoners rioted in Vahdat, officials said.";
    private const string RadioText = "A riot at the Vahdat prison left 32 dead, among them guards.";

    private static readonly Dictionary<string, SourceDocument> Documents = new()
    {
        ["wire"] = Doc("wire", "https://www.example-wire.com/2019/05/20/riot", RiotText),
        ["radio"] = Doc("radio", "https://radio.example.org/a/29941", RadioText),
    };

    private static SourceDocument Doc(string id, string url, string text) => new()
    {
        Id = id, Source = url, Url = url, Text = text, ContentHash = id, Published = new FuzzyDate(2019, 5, 20),
    };

    private static readonly DateTimeOffset Stamp = new(2026, 11, 21, 8, 0, 0, TimeSpan.Zero);

    private static List<Dictionary<string, string>> Export(IEnumerable<IncidentReport> reports)
    {
        var output = new StringWriter();
        AcledCsvExport.Write(output, IncidentFusion.Fuse(reports), Documents.GetValueOrDefault,
            code => code == "TJ" ? new AcledCsvCountry("Tajikistan", "TJK", 762, "Caucasus and Central Asia") : null, Stamp);
        var records = CsvReading.Records(output.ToString());
        Assert.Equal(AcledCsvExport.Columns, records[0]);
        return records.Skip(1).Select(r => records[0].Zip(r).ToDictionary(x => x.First, x => x.Second)).ToList();
    }

    private static IncidentReport[] Riot() =>
    [
        Report("wire", EventType.Riots, "2019-05-19", Vahdat, 32, perpetrators: ["Islamic State"], targets: ["prison guards"]) with { Evidence = [new TextSpan(0, RiotText.Length)] },
        Report("radio", EventType.Riots, "2019-05-19", Vahdat, 29, perpetrators: ["Islamic State"]) with { Evidence = [new TextSpan(2, 7)] },
    ];

    [Fact]
    public void The_header_is_ACLEDs_column_layout_in_order()
    {
        Assert.Equal(31, AcledCsvExport.Columns.Count);
        Assert.Equal("event_id_cnty", AcledCsvExport.Columns[0]);
        Assert.Equal(["notes", "fatalities", "tags", "timestamp"], AcledCsvExport.Columns.TakeLast(4));
    }

    [Fact]
    public void A_riot_reported_by_two_outlets_is_one_row_with_the_conservative_toll_and_both_outlets()
    {
        var row = Assert.Single(Export(Riot()));

        Assert.StartsWith("TJK-inc-", row["event_id_cnty"]);
        Assert.Equal("2019-05-19", row["event_date"]);
        Assert.Equal("2019", row["year"]);
        Assert.Equal("1", row["time_precision"]);
        Assert.Equal("Political violence", row["disorder_type"]);
        Assert.Equal("Riots", row["event_type"]);
        Assert.Equal("Mob violence", row["sub_event_type"]);
        Assert.Equal("Islamic State", row["actor1"]);
        Assert.Equal("2", row["inter1"]);
        Assert.Equal("prison guards", row["actor2"]);
        Assert.Equal("1", row["inter2"]);
        Assert.Equal("12", row["interaction"]);
        Assert.Equal("762", row["iso"]);
        Assert.Equal("Caucasus and Central Asia", row["region"]);
        Assert.Equal("Tajikistan", row["country"]);
        Assert.Equal("Vahdat", row["location"]);
        Assert.Equal("38.556", row["latitude"]);
        Assert.Equal("69.014", row["longitude"]);
        Assert.Equal("1", row["geo_precision"]);
        Assert.Equal("radio.example.org; example-wire.com", row["source"]);
        Assert.Equal("riot", row["notes"]);
        Assert.Equal("29", row["fatalities"]);
        Assert.Contains("sources=2", row["tags"]);
        Assert.Contains("fatalities range=29-32", row["tags"]);
        Assert.Equal(Stamp.ToUnixTimeSeconds().ToString(), row["timestamp"]);
    }

    [Fact]
    public void A_month_only_date_is_written_as_the_middle_of_the_month_with_precision_3()
    {
        var row = Assert.Single(Export([Report("radio", EventType.Riots, "2018-11", Khujand, 26)]));

        Assert.Equal("2018-11-15", row["event_date"]);
        Assert.Equal("3", row["time_precision"]);
    }

    [Fact]
    public void An_unnamed_crowd_is_named_after_its_country_as_ACLED_does()
    {
        var row = Assert.Single(Export([Report("radio", EventType.Protests, "2016-05-19", Dushanbe, null)]));

        Assert.Equal("Protesters (Tajikistan)", row["actor1"]);
        Assert.Equal("6", row["inter1"]);
        Assert.Equal("60", row["interaction"]);
        Assert.Equal("Demonstrations", row["disorder_type"]);
        Assert.Equal("0", row["fatalities"]);
        Assert.Contains("fatalities=no report", row["tags"]);
    }

    [Fact]
    public void An_attack_on_civilians_abroad_is_marked_civilian_targeting_and_a_country_without_details_keeps_its_code()
    {
        var row = Assert.Single(Export([Report("radio", EventType.ViolenceAgainstCivilians, "2015-03-05", Istanbul, 1, perpetrators: ["gunmen"], targets: ["Umarali Quvvatov"])]));

        Assert.Equal("Civilian targeting", row["civilian_targeting"]);
        Assert.Equal("TR", row["country"]);
        Assert.Equal("", row["iso"]);
        Assert.StartsWith("TR-inc-", row["event_id_cnty"]);
        Assert.Equal("3", row["inter1"]);
    }

    [Fact]
    public void Disputed_fields_and_flags_are_listed_in_the_tags()
    {
        var row = Assert.Single(Export(
        [
            Report("wire", EventType.ViolenceAgainstCivilians, "2024-03-22", Moscow, 145, perpetrators: ["ISIS-K"]),
            Report("radio", EventType.ViolenceAgainstCivilians, "2024-03-22", Moscow, 137, perpetrators: ["ISIS-K"]),
            Report("tank", EventType.ViolenceAgainstCivilians, "2023", Moscow, null, perpetrators: ["ISIS-K"]),
        ]));

        Assert.Contains("disputed date: 2024-03-22 | 2023", row["tags"]);
        Assert.Contains("flag: tank#0", row["tags"]);
        Assert.Contains("tank", row["source"].Split("; "));
    }
}
