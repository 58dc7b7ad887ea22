using System.Text.Json;

namespace Pamir.Tests.Cli;

public class IncidentsCommandTests : IncidentCommandBase
{
    [Fact]
    public void Lists_one_row_per_real_event_with_the_toll_its_range_and_the_number_of_sources()
    {
        var (exit, output, _) = Run("incidents");

        Assert.Equal(0, exit);
        var vahdat = Assert.Single(output.Split('\n'), l => l.Contains("Vahdat"));
        Assert.Contains("2019-05-19", vahdat);
        Assert.Contains("Riots / Mob violence", vahdat);
        Assert.Contains("29 (29–32)", vahdat);
        Assert.Matches(@"\b3 !", vahdat);
        Assert.Contains("Khujand", output);
        Assert.Contains("3 incidents", output);
    }

    [Fact]
    public void Filters_by_type_date_and_country()
    {
        var (_, riots, _) = Run("incidents", "--type", "riots", "--since", "2019-01");
        Assert.Contains("Vahdat", riots);
        Assert.DoesNotContain("Khujand", riots);
        Assert.DoesNotContain("Dushanbe", riots);

        var (_, protests, _) = Run("incidents", "--type", "Protests", "--country", "tj");
        Assert.Contains("Dushanbe", protests);
        Assert.DoesNotContain("Vahdat", protests);

        var (_, elsewhere, error) = Run("incidents", "--country", "KG");
        Assert.DoesNotContain("Vahdat", elsewhere);
        Assert.Contains("No incident matches", error);
    }

    [Fact]
    public void Filters_by_an_actor_named_in_any_source()
    {
        var (_, output, _) = Run("incidents", "--actor", "islamic state");

        Assert.Contains("Vahdat", output);
        Assert.DoesNotContain("Khujand", output);
    }

    [Fact]
    public void With_json_prints_the_export_contracts_incident_objects()
    {
        var (exit, output, _) = Run("incidents", "--json");

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(output);
        var incidents = json.RootElement.GetProperty("incidents").EnumerateArray().ToList();
        Assert.Equal(3, incidents.Count);
        var riot = incidents.Single(i => i.GetProperty("location").GetString() == "Vahdat");
        Assert.Equal(29, riot.GetProperty("fatalities").GetInt32());
        Assert.Equal(32, riot.GetProperty("fatalities_max").GetInt32());
        Assert.Equal("day", riot.GetProperty("date_precision").GetString());
        Assert.Equal(3, riot.GetProperty("reports").GetArrayLength());
    }

    [Fact]
    public void A_mistyped_filter_is_a_usage_error_naming_the_value()
    {
        var (exit, _, error) = Run("incidents", "--type", "Skirmish");
        Assert.Equal(2, exit);
        Assert.Contains("--type Skirmish", error);

        var (dateExit, _, dateError) = Run("incidents", "--since", "May 2019");
        Assert.Equal(2, dateExit);
        Assert.Contains("--since May 2019", dateError);
    }
}
