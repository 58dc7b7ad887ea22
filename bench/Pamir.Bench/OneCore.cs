using System.Runtime.InteropServices;

namespace Pamir.Bench;

/// <summary>
/// Confines the whole process — every thread it has and every thread those start — to one core
/// for a measurement, then gives it all its cores back. An ingest with one analyser still reads,
/// writes and collects garbage on other threads, so only a pinned run says what one core reaches.
/// Linux only (sched_setaffinity per thread); elsewhere nothing is pinned and <see cref="Pin"/> returns null.
/// </summary>
public sealed class OneCore : IDisposable
{
    private const string Threads = "/proc/self/task";
    private readonly ulong allCores;

    private OneCore(ulong allCores, ulong core)
    {
        this.allCores = allCores;
        SetEveryThread(core);
    }

    /// <summary>Pins the process to the first core it may run on; null where threads cannot be pinned.</summary>
    public static OneCore? Pin()
    {
        if (!OperatingSystem.IsLinux() || !Directory.Exists(Threads)) return null;
        ulong mask = 0;
        if (sched_getaffinity(0, sizeof(ulong), ref mask) != 0 || mask == 0) return null;
        // The lowest core the process may use; machines with more than 64 cores keep their first 64.
        return new OneCore(mask, mask & (~mask + 1));
    }

    public void Dispose() => SetEveryThread(allCores);

    private static void SetEveryThread(ulong mask)
    {
        // A thread started while this runs inherits its starter's mask, so a second pass catches any
        // that the first missed.
        for (int pass = 0; pass < 2; pass++)
            foreach (var task in Directory.EnumerateDirectories(Threads))
                if (int.TryParse(Path.GetFileName(task), out int thread))
                {
                    ulong value = mask;
                    // A thread that ended since the listing cannot be pinned and needs no pinning.
                    _ = sched_setaffinity(thread, sizeof(ulong), ref value);
                }
    }

    [DllImport("libc")]
    private static extern int sched_setaffinity(int thread, nint size, ref ulong mask);

    [DllImport("libc")]
    private static extern int sched_getaffinity(int thread, nint size, ref ulong mask);
}
