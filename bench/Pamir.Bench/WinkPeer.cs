using System.Diagnostics;
using System.Text.Json;

namespace Pamir.Bench;

/// <summary>
/// Runs wink-nlp (bench/peer, installed from the npm registry with its lock file into an ignored
/// folder) over the same corpus directory, in the same run, and reads its timings.
/// </summary>
public sealed class WinkPeer(string peerDirectory)
{
    public sealed record Result(double Megabytes, int Documents, RunStats MegabytesPerSecond, RunStats CpuMegabytesPerSecond, long Sentences, long Tokens, long Entities);

    public Result Run(string corpusDirectory, int runs)
    {
        EnsureInstalled();
        string output = RunProcess("node", [Path.Combine(peerDirectory, "wink.js"), corpusDirectory, runs.ToString()], peerDirectory);
        using var json = JsonDocument.Parse(output);
        var root = json.RootElement;
        double megabytes = root.GetProperty("bytes").GetInt64() / 1e6;
        var walls = root.GetProperty("runs").EnumerateArray().Select(r => megabytes / r.GetProperty("wall").GetDouble());
        var cpus = root.GetProperty("runs").EnumerateArray().Select(r => megabytes / Math.Max(1e-9, r.GetProperty("cpu").GetDouble()));
        return new Result(megabytes, root.GetProperty("documents").GetInt32(), RunStats.Of(walls), RunStats.Of(cpus),
            root.GetProperty("sentences").GetInt64(), root.GetProperty("tokens").GetInt64(), root.GetProperty("entities").GetInt64());
    }

    private void EnsureInstalled()
    {
        if (Directory.Exists(Path.Combine(peerDirectory, "node_modules", "wink-nlp"))) return;
        RunProcess("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], peerDirectory);
    }

    private static string RunProcess(string file, IEnumerable<string> arguments, string workingDirectory)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = workingDirectory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start) ?? throw new InvalidOperationException($"could not start {file}");
        var stderr = process.StandardError.ReadToEndAsync();
        string stdout = process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"{file} {string.Join(' ', start.ArgumentList)} failed with exit code {process.ExitCode}: {stderr.Result.Trim()}");
        return stdout;
    }
}
