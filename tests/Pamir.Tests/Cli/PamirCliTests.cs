namespace Pamir.Tests.Cli;

public sealed class PamirCliTests
{
    [Theory]
    [InlineData]
    [InlineData("ingest")]
    [InlineData("search")]
    [InlineData("export")]
    [InlineData("remove")]
    [InlineData("demo")]
    public void Every_command_explains_itself(params string[] command)
    {
        var run = CliRun.Of([.. command, "--help"]);

        Assert.Equal(0, run.Exit);
        Assert.Contains("Usage:", run.Output);
        Assert.Empty(run.Error);
    }

    [Fact]
    public void An_unknown_command_is_a_usage_error()
    {
        var run = CliRun.Of("ingets", "reports");

        Assert.Equal(2, run.Exit);
        Assert.Contains("ingets", run.Error);
        Assert.Contains("pamir --help", run.Error);
    }

    [Fact]
    public void A_missing_argument_is_a_usage_error_that_points_at_the_commands_help()
    {
        var run = CliRun.Of("search");

        Assert.Equal(2, run.Exit);
        Assert.Contains("pamir search --help", run.Error);
        Assert.Empty(run.Output);
    }

    [Fact]
    public void A_bad_option_value_is_a_usage_error()
    {
        Assert.Equal(2, CliRun.Of("search", "riot", "--limit", "zero").Exit);
        Assert.Equal(2, CliRun.Of("search", "riot", "--limit", "0").Exit);
        Assert.Equal(2, CliRun.Of("export", "--format", "pdf").Exit);
    }
}
