using Pamir.Tests.Export;

namespace Pamir.Tests.Cli;

public class AcledCsvExportCommandTests : IncidentCommandBase
{
    [Fact]
    public void Export_as_acled_csv_writes_one_row_per_incident_with_country_names_from_the_gazetteer()
    {
        string file = Database + ".csv";
        try
        {
            var (exit, _, _) = Run("export", "--format", "acled-csv", "--out", file);

            Assert.Equal(0, exit);
            var records = CsvReading.Records(File.ReadAllText(file));
            Assert.Equal("event_id_cnty", records[0][0]);
            Assert.Equal(4, records.Count);
            var rows = records.Skip(1).Select(r => records[0].Zip(r).ToDictionary(x => x.First, x => x.Second)).ToList();
            var riot = rows.Single(r => r["location"] == "Vahdat");
            Assert.StartsWith("TJK-inc-", riot["event_id_cnty"]);
            Assert.Equal("Tajikistan", riot["country"]);
            Assert.Equal("29", riot["fatalities"]);
            Assert.Equal("blog.example.com; radio.example.com; wire.example.com", riot["source"]);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
