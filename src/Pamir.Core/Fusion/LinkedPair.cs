namespace Pamir.Core.Fusion;

/// <summary>
/// A pair of reports linked for clustering, as one number that sorts in the order pairs are joined:
/// strongest first, then by the first report and the second. The score, a multiple of a half
/// (<see cref="IncidentSimilarity.ScoreIfLinkable"/>), takes the top byte, inverted; each report's
/// position takes 28 bits. Clustering holds every linked pair at once (1.6 million on 100,000
/// documents), and a (score, first, second) tuple took twice the bytes.
/// </summary>
internal static class LinkedPair
{
    private const int PositionBits = 28;
    private const ulong PositionMask = (1UL << PositionBits) - 1;

    /// <summary>The most reports one clustering can number.</summary>
    public const int MaxReports = 1 << PositionBits;

    public static ulong Of(double score, int a, int b)
    {
        double halves = score * 2;
        if (halves != Math.Floor(halves) || halves is < 0 or > byte.MaxValue)
            throw new ArgumentOutOfRangeException(nameof(score), score, "a linked pair's score is a multiple of a half, from 0 to 127.5");
        return ((ulong)(byte.MaxValue - (int)halves) << (2 * PositionBits)) | ((ulong)(uint)a << PositionBits) | (uint)b;
    }

    public static int A(ulong pair) => (int)((pair >> PositionBits) & PositionMask);

    public static int B(ulong pair) => (int)(pair & PositionMask);
}
