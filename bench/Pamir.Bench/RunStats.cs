namespace Pamir.Bench;

/// <summary>Minimum, median and maximum of repeated measurements: the machine is shared and noisy, so one figure would mislead.</summary>
public sealed record RunStats(double Min, double Median, double Max)
{
    public static RunStats Of(IEnumerable<double> values)
    {
        var sorted = values.Order().ToArray();
        if (sorted.Length == 0) throw new ArgumentException("no measurements", nameof(values));
        double median = sorted.Length % 2 == 1
            ? sorted[sorted.Length / 2]
            : (sorted[sorted.Length / 2 - 1] + sorted[sorted.Length / 2]) / 2;
        return new RunStats(sorted[0], median, sorted[^1]);
    }

    /// <summary>The value at the given fraction (0.95 for p95) of sorted measurements, nearest rank.</summary>
    public static double Percentile(IReadOnlyList<double> values, double fraction)
    {
        var sorted = values.Order().ToArray();
        int rank = (int)Math.Ceiling(fraction * sorted.Length) - 1;
        return sorted[Math.Clamp(rank, 0, sorted.Length - 1)];
    }

    public override string ToString() => $"{Median:0.00} (min {Min:0.00}, max {Max:0.00})";
}
