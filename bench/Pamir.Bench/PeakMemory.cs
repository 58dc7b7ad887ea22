using System.Diagnostics;

namespace Pamir.Bench;

/// <summary>
/// The process's peak working set, per part of the benchmark: on Linux the kernel's high-water mark
/// is reset between parts, so that one part's peak is not reported as the next one's.
/// </summary>
public sealed class PeakMemory
{
    private const string ClearRefs = "/proc/self/clear_refs";
    private double overall;

    /// <summary>Whether each part's peak is its own; elsewhere a part's peak includes the earlier parts'.</summary>
    public bool PerPart { get; } = File.Exists(ClearRefs);

    /// <summary>The peak of the whole run so far, in MB.</summary>
    public double OverallMegabytes => Math.Max(overall, Current());

    /// <summary>The peak since the previous call (since the start for the first), in MB; starts the next part's.</summary>
    public double EndPart()
    {
        double peak = Current();
        overall = Math.Max(overall, peak);
        if (PerPart)
        {
            try
            {
                // "5" resets the peak resident set size to the current one (proc(5)).
                File.WriteAllText(ClearRefs, "5");
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Not permitted here: later parts' peaks include this one's, as PerPart would have said.
            }
        }
        return peak;
    }

    private static double Current()
    {
        using var process = Process.GetCurrentProcess();
        return Math.Round(process.PeakWorkingSet64 / 1e6, 1);
    }
}
