using Pamir.Bench;

namespace Pamir.Tests.Bench;

public class OneCoreTests
{
    [Fact]
    public void A_thread_started_during_a_one_core_measurement_runs_on_one_core_and_all_cores_come_back_after()
    {
        if (!OperatingSystem.IsLinux())
        {
            Assert.Null(OneCore.Pin());
            return;
        }
        string before = AllowedCores();

        string during;
        using (OneCore.Pin())
        {
            string seen = "";
            var thread = new Thread(() => seen = AllowedCores());
            thread.Start();
            thread.Join();
            during = seen;
        }

        Assert.Matches(@"^\d+$", during);
        Assert.Equal(before, AllowedCores());
    }

    /// <summary>The cores the calling thread may run on, as the kernel lists them ("0-1", "3").</summary>
    private static string AllowedCores() =>
        File.ReadLines("/proc/thread-self/status").Single(line => line.StartsWith("Cpus_allowed_list:")).Split(':')[1].Trim();
}
