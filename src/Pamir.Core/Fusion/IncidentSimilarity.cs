using Pamir.Core.Time;
using static Pamir.Core.Fusion.IncidentReportView;

namespace Pamir.Core.Fusion;

/// <summary>
/// How strongly two reports look like the same real event: agreement on place, date, event type,
/// actors and toll adds evidence, disagreement subtracts it, and some disagreements rule the pair
/// out (two towns far apart, events years apart, a protest and a killing). Dates are compared as
/// intervals, so "2018-11" agrees with "2018-11-07"; a date off by a typical slip (a year or a
/// month off, the same day) costs less than an arbitrary gap, and only strong agreement elsewhere
/// can outweigh it.
/// </summary>
internal static class IncidentSimilarity
{
    /// <summary>Evidence needed to put two reports in one incident.</summary>
    public const double Threshold = 4.5;

    /// <summary>Fine-dated reports further apart than this are never the same event.</summary>
    public const int MaxFineGapDays = 45;

    /// <summary>A year-precision report may be a year off ("2023" for an attack others date March 2024).</summary>
    public const int MaxCoarseGapDays = 366;

    /// <summary>Two towns this close may be one event's place named differently (a prison outside the city).</summary>
    public const double NearKm = 50;

    public const double Incompatible = double.NegativeInfinity;

    /// <summary>
    /// Evidence needed to put two reports of one document in one incident: the extractor keeps
    /// one report per incident per document, so only near-identical reports are its slips.
    /// </summary>
    public const double SameDocumentThreshold = 7.5;

    /// <summary>Can two reports of one document be one incident the extractor split: near-identical, and no two different tolls?</summary>
    public static bool SameDocumentSlip(IncidentReportView a, IncidentReportView b, double score) =>
        score >= SameDocumentThreshold && !(a.Fatalities is int x && b.Fatalities is int y && x != y);

    public static double Score(IncidentReportView a, IncidentReportView b)
    {
        if (a.Family != b.Family) return AcrossFamilies(a, b);
        double place = PlaceScore(a, b);
        if (double.IsNegativeInfinity(place)) return Incompatible;
        double date = DateScore(a, b);
        if (double.IsNegativeInfinity(date)) return Incompatible;
        return place + date + TypeScore(a, b) + ActorScore(a, b) + FatalityScore(a, b);
    }

    /// <summary>
    /// The pair's <see cref="Score"/> when it can reach <see cref="Threshold"/>, else null. Most
    /// candidates (neighbours in a crowded month) are ruled out by their dates, types and tolls
    /// against the best the place and actors could add, before any distance or name comparison.
    /// </summary>
    public static double? ScoreIfLinkable(IncidentReportView a, IncidentReportView b)
    {
        if (a.Family != b.Family) return AcrossFamilies(a, b);
        double date = DateScore(a, b);
        if (double.IsNegativeInfinity(date)) return null;
        double known = date + TypeScore(a, b) + FatalityScore(a, b);
        double actorBound = a.NamedActors.Length > 0 && b.NamedActors.Length > 0 ? 3 : 0.5;
        if (known + PlaceBound(a, b) + actorBound < Threshold) return null;
        double place = PlaceScore(a, b);
        if (double.IsNegativeInfinity(place)) return null;
        known += place;
        if (known + actorBound < Threshold) return null;
        // Every part is a multiple of a half, so the sum is exact in any order and equals Score's.
        return known + ActorScore(a, b);
    }

    /// <summary>The most <see cref="PlaceScore"/> can give a pair, from the places' levels and countries alone.</summary>
    private static double PlaceBound(IncidentReportView a, IncidentReportView b)
    {
        if (a.Country is not null && b.Country is not null && a.Country != b.Country) return 1.5;
        if (a.Level == PlaceLevel.None || b.Level == PlaceLevel.None) return -0.5;
        if (a.Level == PlaceLevel.Country || b.Level == PlaceLevel.Country) return 0.5;
        return 3;
    }

    /// <summary>
    /// Outlets (and extractors) may call one event a riot and a clash; a prison riot and a battle
    /// in the same place on the same day with the same death toll are taken as one event.
    /// </summary>
    private static double AcrossFamilies(IncidentReportView a, IncidentReportView b)
    {
        if (a.Family == IncidentTypeRelation.Strategic || b.Family == IncidentTypeRelation.Strategic) return Incompatible;
        if (a.Fatalities is not (int x and >= 2) || a.Fatalities != b.Fatalities) return Incompatible;
        if (GapDays(a, b) is not (int gap and <= 1) || a.Date?.Precision != DatePrecision.Day || b.Date?.Precision != DatePrecision.Day) return Incompatible;
        double place = PlaceScore(a, b);
        if (place < 1.5) return Incompatible;
        return place + DateScore(a, b) + FatalityScore(a, b) + ActorScore(a, b);
    }

    /// <summary>Days between two reports' date intervals (0 when they overlap); null when either has no year.</summary>
    public static int? GapDays(IncidentReportView a, IncidentReportView b) =>
        a.First is int af && a.Last is int al && b.First is int bf && b.Last is int bl
            ? Math.Max(0, Math.Max(af - bl, bf - al))
            : null;

    private static double TypeScore(IncidentReportView a, IncidentReportView b)
    {
        if (a.EventType != b.EventType) return 0;
        bool sameSub = a.SubEventType.Length > 0 && string.Equals(a.SubEventType, b.SubEventType, StringComparison.OrdinalIgnoreCase);
        return sameSub ? 3 : 2;
    }

    private static double PlaceScore(IncidentReportView a, IncidentReportView b)
    {
        if (a.Country is not null && b.Country is not null && a.Country != b.Country)
        {
            // A border clash is placed in one country by some outlets and across the border by others.
            bool acrossBorder = a.Level == PlaceLevel.City && b.Level == PlaceLevel.City && Km(a, b) <= NearKm;
            return acrossBorder ? 1.5 : Incompatible;
        }
        if (a.Level == PlaceLevel.None || b.Level == PlaceLevel.None) return -0.5;
        if (a.Level == PlaceLevel.Country || b.Level == PlaceLevel.Country) return 0.5;
        if (SameName(a, b)) return a.Level == b.Level ? 3 : 2;
        if (a.Level == PlaceLevel.City && b.Level == PlaceLevel.City)
        {
            return Km(a, b) switch
            {
                null => -2,
                <= 10 => 2.5,
                <= NearKm => 1.5,
                _ => Incompatible,
            };
        }
        if (a.Level == PlaceLevel.Region && b.Level == PlaceLevel.Region)
            return Km(a, b) is <= NearKm ? 1 : -2;
        // A region and a town: the town's first-level division code against the region's (GeoNames
        // admin1), else the region's name as the town's stated division.
        var (region, city) = a.Level == PlaceLevel.Region ? (a, b) : (b, a);
        if (city.Admin1 is { Length: > 0 } admin && (admin == region.Admin1 || IncidentNameFold.WordsWithin(admin, region.PlaceName!))) return 1;
        if (Km(a, b) is > 500) return Incompatible;
        return city.Admin1 is { Length: > 0 } && region.Admin1 is { Length: > 0 } ? -1 : 0;
    }

    private static bool SameName(IncidentReportView a, IncidentReportView b) =>
        a.GazetteerId is int ga && b.GazetteerId is int gb
            ? ga == gb
            : IncidentNameFold.WordsWithin(a.PlaceName!, b.PlaceName!);

    private static double DateScore(IncidentReportView a, IncidentReportView b)
    {
        if (a.Date is not FuzzyDate da || b.Date is not FuzzyDate db) return -2;
        if (GapDays(a, b) is not int gap) return YearlessScore(da, db);
        var coarser = (DatePrecision)Math.Min((int)da.Precision, (int)db.Precision);
        if (gap == 0)
        {
            return coarser switch
            {
                DatePrecision.Day => 3,
                DatePrecision.Month => da.Precision == db.Precision ? 2 : 1.5,
                DatePrecision.Year => da.Precision == db.Precision ? 1 : 0.5,
                _ => 0,
            };
        }
        if (coarser == DatePrecision.Day)
        {
            if (gap <= 1) return 2;
            if (gap <= 3) return 1;
            if (gap <= 7) return -1;
            if (OneComponentOff(da, db)) return -3;
            return gap <= MaxFineGapDays ? -4 : Incompatible;
        }
        if (coarser == DatePrecision.Month)
        {
            if (gap <= 7) return -1;
            return gap <= MaxFineGapDays ? -3 : Incompatible;
        }
        return gap <= MaxCoarseGapDays ? -3 : Incompatible;
    }

    /// <summary>"19 May 2018" for "19 May 2019", or "24 June" for "24 July": a slip in one part of the date.</summary>
    private static bool OneComponentOff(FuzzyDate a, FuzzyDate b) =>
        a.Day == b.Day && (
            (a.Month == b.Month && Math.Abs(a.Year!.Value - b.Year!.Value) == 1)
            || (a.Year == b.Year && Math.Abs(a.Month!.Value - b.Month!.Value) == 1));

    /// <summary>A month and day without a year ("on 19 May") agrees with a date in that month.</summary>
    private static double YearlessScore(FuzzyDate a, FuzzyDate b)
    {
        if (a.Month is not int ma || b.Month is not int mb) return -2;
        if (ma != mb) return -3;
        if (a.Day is int x && b.Day is int y) return x == y ? 1 : Math.Abs(x - y) <= 1 ? 0 : -3;
        return 0;
    }

    private static double ActorScore(IncidentReportView a, IncidentReportView b)
    {
        int shared = 0;
        foreach (var x in a.NamedActors)
            foreach (var y in b.NamedActors)
                if (SameActor(x, y)) { shared++; break; }
        if (shared > 0) return shared >= 2 ? 3 : 2;
        if (a.NamedActors.Length > 0 && b.NamedActors.Length > 0) return -1;
        foreach (var x in a.GenericActors)
            if (b.GenericActors.Contains(x)) return 0.5;
        return 0;
    }

    /// <summary>The same folded name, or a surname or short form inside the full one ("Quvvatov" in "Umarali Quvvatov").</summary>
    private static bool SameActor(string x, string y) =>
        x == y || (Math.Min(x.Length, y.Length) >= 4 && IncidentNameFold.WordsWithin(x, y));

    private static double FatalityScore(IncidentReportView a, IncidentReportView b)
    {
        if (a.Fatalities is not int x || b.Fatalities is not int y) return 0;
        if (x == y) return x > 0 ? 1.5 : 0.5;
        if (x == 0 || y == 0) return -1.5;
        int lo = Math.Min(x, y), hi = Math.Max(x, y);
        return lo * 2 < hi && hi - lo >= 3 ? -1.5 : 0;
    }

    /// <summary>The distance between two reports' places, or null when either has no coordinates; computed only where a rule needs it.</summary>
    private static double? Km(IncidentReportView a, IncidentReportView b) =>
        a.Coordinates is { } ca && b.Coordinates is { } cb ? DistanceKm(ca.Lat, ca.Lon, a.CosLatitude, cb.Lat, cb.Lon, b.CosLatitude) : null;

    private static double DistanceKm(double lat1, double lon1, double cosLat1, double lat2, double lon2, double cosLat2)
    {
        const double R = 6371;
        double dLat = double.DegreesToRadians(lat2 - lat1), dLon = double.DegreesToRadians(lon2 - lon1);
        double h = Math.Pow(Math.Sin(dLat / 2), 2)
            + cosLat1 * cosLat2 * Math.Pow(Math.Sin(dLon / 2), 2);
        return 2 * R * Math.Asin(Math.Sqrt(h));
    }
}
