using System.Text.Json;

namespace Pamir.Tests.Cli.Commands;

public sealed class ActorCommandTests : IDisposable
{
    private readonly TempFolder folder = new();

    public ActorCommandTests()
    {
        folder.Write("in/exile.txt", "Opposition in exile\nOpposition leader Mukhiddin Kabiri said in Warsaw that the Kyrgyz government had detained two activists. Kabiri called for their release.");
        folder.Write("in/party.txt", "Party banned\nMuhiddin Kabiri, the party's chairman, denied that the Islamic Renaissance Party of Tajikistan (IRPT) had planned violence. Dushanbe rejected his statement.");
        CliRun.Of("ingest", folder.File("in"), "--db", Db);
    }

    public void Dispose() => folder.Dispose();

    private string Db => folder.File("kb.db");

    [Fact]
    public void The_profile_of_an_exiled_leader_gathers_both_spellings_with_the_reason_and_the_sources()
    {
        var run = CliRun.Of("actor", "Mukhiddin Kabiri", "--db", Db);

        Assert.Equal(0, run.Exit);
        Assert.StartsWith("Muhiddin Kabiri — person, TJ", run.Output);
        Assert.Contains("Mukhiddin Kabiri — ", run.Output);
        Assert.Contains("Allies", run.Output);
        Assert.Contains("exile", run.Output);
        Assert.Contains("party", run.Output);
        Assert.Contains("\"Muhiddin Kabiri, the party's chairman, denied", run.Output);
    }

    [Fact]
    public void The_profile_as_json_carries_merges_roles_and_sources()
    {
        var run = CliRun.Of("actor", "Kabiri", "--db", Db, "--json");

        using var profile = JsonDocument.Parse(run.Output);
        var root = profile.RootElement;
        Assert.Equal("muhiddin-kabiri", root.GetProperty("id").GetString());
        Assert.Equal("person", root.GetProperty("kind").GetString());
        Assert.Contains("the party's chairman", root.GetProperty("roles").EnumerateArray().Select(r => r.GetString()));
        Assert.Equal(2, root.GetProperty("sources").GetArrayLength());
        Assert.All(root.GetProperty("sources").EnumerateArray(), s => Assert.False(string.IsNullOrEmpty(s.GetProperty("evidence").GetString())));
    }

    [Fact]
    public void An_unknown_name_is_an_error_that_says_how_to_list_actors()
    {
        var run = CliRun.Of("actor", "Nobody Atall", "--db", Db);

        Assert.Equal(1, run.Exit);
        Assert.Contains("pamir actors", run.Error);
    }

    [Fact]
    public void The_actor_table_ranks_by_mentions_and_filters_by_kind_and_country()
    {
        var all = CliRun.Of("actors", "--db", Db);
        var people = CliRun.Of("actors", "--kind", "person", "--db", Db, "--json");
        var kyrgyz = CliRun.Of("actors", "--country", "Kyrgyzstan", "--db", Db, "--json");

        Assert.Equal(0, all.Exit);
        Assert.Contains("Muhiddin Kabiri", all.Output);
        using var peopleJson = JsonDocument.Parse(people.Output);
        Assert.All(peopleJson.RootElement.EnumerateArray(), a => Assert.Equal("person", a.GetProperty("kind").GetString()));
        using var kyrgyzJson = JsonDocument.Parse(kyrgyz.Output);
        Assert.All(kyrgyzJson.RootElement.EnumerateArray(), a => Assert.Equal("KG", a.GetProperty("country").GetString()));
        Assert.Contains(kyrgyzJson.RootElement.EnumerateArray(), a => a.GetProperty("id").GetString() == "kyrgyzstan");
    }

    [Fact]
    public void A_kind_that_does_not_exist_is_a_usage_error()
    {
        var run = CliRun.Of("actors", "--kind", "politician", "--db", Db);

        Assert.NotEqual(0, run.Exit);
        Assert.Contains("politician", run.Error);
    }

    [Fact]
    public void The_graphml_export_is_a_graph_of_the_actors()
    {
        string path = folder.File("out/actors.graphml");

        var run = CliRun.Of("export", "--format", "graphml", "--db", Db, "--out", path);

        Assert.Equal(0, run.Exit);
        var xml = System.Xml.Linq.XDocument.Load(path);
        Assert.Contains(xml.Descendants(), e => e.Name.LocalName == "node" && e.Attribute("id")?.Value == "muhiddin-kabiri");
    }
}
