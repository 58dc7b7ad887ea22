using Pamir.Core.Claims;

namespace Pamir.Core.Fusion;

/// <summary>
/// When two figures for one measure disagree beyond rounding. Each claim stands for an interval:
/// its value or range, opened by its qualifier ("more than half" is 50 and up, "up to 46%" is 46
/// and below, "almost a third" is a little under 33, "about" is ±10%), then widened by how
/// coarsely it was stated (a round "1,400" may stand for anything 1,330–1,470) and by a tolerance
/// per unit: 2 percentage points for shares, 5% for lengths and sums, 2% for head counts.
/// Two claims conflict when their widened intervals do not meet — unless they are figures for
/// different times: both dated to different years, or one document's "from 5,900 now to 9,000 by
/// 2020", which is a change, not a disagreement.
/// </summary>
public static class ClaimTolerance
{
    /// <summary>A rounded figure stands for at most this share of itself either side.</summary>
    private const double MaxRounding = 0.06;

    public static (double Low, double High) Interval(Claim claim)
    {
        double low = claim.Value, high = claim.Upper ?? claim.Value;
        (low, high) = claim.Qualifier switch
        {
            "more than" or "at least" => (low, double.PositiveInfinity),
            "up to" or "less than" => (Math.Min(0, low), high),
            "almost" => (low * 0.9, high),
            "about" => (low * 0.9, high * 1.1),
            _ => (low, high),
        };
        return (low - Slack(claim.Value, claim.Unit), high + Slack(claim.Upper ?? claim.Value, claim.Unit));
    }

    public static bool Conflict(Claim a, Claim b)
    {
        if (!SameTime(a, b)) return false;
        var (aLow, aHigh) = Interval(a);
        var (bLow, bHigh) = Interval(b);
        return aHigh < bLow || bHigh < aLow;
    }

    private static bool SameTime(Claim a, Claim b)
    {
        if (a.DocumentId == b.DocumentId) return a.RefersTo?.Year == b.RefersTo?.Year;
        return a.RefersTo?.Year is not int ya || b.RefersTo?.Year is not int yb || ya == yb;
    }

    private static double Slack(double value, string? unit)
    {
        double magnitude = Math.Abs(value);
        double perUnit = unit switch
        {
            "%" => 2,
            "people" => 0.02 * magnitude,
            _ => 0.05 * magnitude,
        };
        return Math.Max(perUnit, Math.Min(Granularity(value) / 2, MaxRounding * magnitude));
    }

    /// <summary>The rounding step a figure was stated to: 1,400 → 100, 9,000,000 → 1,000,000, 8.2 → 0.1.</summary>
    private static double Granularity(double value)
    {
        double v = Math.Abs(value);
        if (v == 0) return 1;
        double step = 1;
        while (v >= step * 10 && Math.Abs(v % (step * 10)) < 1e-9 * v) step *= 10;
        if (v % 1 != 0)
        {
            step = 1;
            while (step > 1e-6 && Math.Abs(Math.Round(v / step) * step - v) > 1e-9 * v) step /= 10;
        }
        return step;
    }
}
