using Pamir.Bench;

namespace Pamir.Tests.Bench;

public class RunStatsTests
{
    [Fact]
    public void Repeated_runs_report_their_minimum_median_and_maximum()
    {
        var stats = RunStats.Of([12.0, 9.0, 10.0, 30.0]);

        Assert.Equal(new RunStats(9.0, 11.0, 30.0), stats);
    }

    [Fact]
    public void The_95th_percentile_of_a_hundred_latencies_is_the_95th_smallest()
    {
        var latencies = Enumerable.Range(1, 100).Select(i => (double)i).Reverse().ToList();

        Assert.Equal(95.0, RunStats.Percentile(latencies, 0.95));
    }
}
