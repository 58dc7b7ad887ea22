using Pamir.Core.Incidents;
using Pamir.Core.Places;
using Pamir.Core.Time;

namespace Pamir.Core.Fusion;

/// <summary>
/// One incident report prepared once for comparison: its date as a day interval, its place folded
/// and ranked by specificity, its actors folded and split into named and generic ones. It holds
/// the report as gathered, whose fields it reads in place rather than copy, and which its incident
/// makes whole again: the views of every report are held at once while they are grouped.
/// </summary>
internal sealed class IncidentReportView
{
    private readonly GatheredReport report;

    /// <param name="report">The report as gathered: the view holds it in place of a whole report until its incident is built.</param>
    /// <param name="position">The report's position among the fusion's reports in key order (<see cref="GatheredReport.Key"/>).</param>
    /// <param name="actorId">The id of the actor a document's name stands for, or null.</param>
    /// <param name="names">Shared by the views of one fusion, so that equal names are one string.</param>
    public IncidentReportView(in GatheredReport report, int position, Func<string, string, string?>? actorId, IncidentViewNames names)
    {
        this.report = report;
        Position = position;
        SubEventType = names.Share(report.SubEventType?.Trim() ?? "");
        Family = IncidentTypeRelation.FamilyOf(report.EventType);
        if (report.Date is FuzzyDate date)
        {
            if (date.First is DateOnly first && date.Last is DateOnly last)
            {
                First = first.DayNumber;
                Last = last.DayNumber;
            }
        }
        if (report.Place is PlaceRef place)
        {
            Country = string.IsNullOrWhiteSpace(place.CountryCode) ? null : names.Share(place.CountryCode.Trim().ToUpperInvariant());
            PlaceName = names.Fold(place.Name);
            Admin1 = names.Fold(place.Admin1);
            Level = LevelOf(place);
            if (place.Latitude is double lat && place.Longitude is double lon)
            {
                Coordinates = (lat, lon);
                CosLatitude = Math.Cos(double.DegreesToRadians(lat));
            }
            PlaceIdentity = names.PlaceIdentity(place.GazetteerId, Country, PlaceName);
        }
        if (report.Perpetrators.Count + report.Targets.Count == 0) return;
        var (named, generic) = names.ActorLists();
        var perpetrators = report.Perpetrators;
        var targets = report.Targets;
        string documentId = report.DocumentId;
        for (int i = 0; i < perpetrators.Count; i++) Add(perpetrators[i]);
        for (int i = 0; i < targets.Count; i++) Add(targets[i]);
        NamedActors = names.Share(named);
        GenericActors = names.Share(generic);

        void Add(string actor)
        {
            var folded = actorId?.Invoke(documentId, actor) is { } id ? names.ActorKey(id) : names.Fold(actor);
            if (folded.Length == 0) return;
            var list = HasUpper(actor) ? named : generic;
            if (!list.Contains(folded)) list.Add(folded);
        }
    }

    private static bool HasUpper(string name)
    {
        foreach (char c in name)
            if (char.IsUpper(c)) return true;
        return false;
    }

    /// <summary>The report made whole again, for its incident.</summary>
    public IncidentReport Report() => report.Report();
    /// <summary>
    /// The report's position in key order, which stands for its key wherever reports are ordered:
    /// a key string for every report was held as long as the views.
    /// </summary>
    public int Position { get; }
    /// <summary>The report's key, made when asked for.</summary>
    public string Key => report.Key();
    /// <summary>The sub-event type without surrounding blanks (empty when none).</summary>
    public string SubEventType { get; }
    public string DocumentId => report.DocumentId;
    public EventType EventType => report.EventType;
    public int Family { get; }
    public FuzzyDate? Date => report.Date;
    /// <summary>First and last day (DateOnly.DayNumber) the date can mean; null without a year.</summary>
    public int? First { get; }
    public int? Last { get; }
    public bool IsFineDate => First is not null && Date!.Value.Precision is DatePrecision.Day or DatePrecision.Month;
    public string? Country { get; }
    public string? PlaceName { get; }
    public string? Admin1 { get; }
    public string? PlaceIdentity { get; }
    public PlaceLevel Level { get; } = PlaceLevel.None;
    public (double Lat, double Lon)? Coordinates { get; }
    /// <summary>The cosine of the latitude, which every distance from this place needs.</summary>
    public double CosLatitude { get; }
    public PlaceRef? Place => report.Place;
    public int? GazetteerId => report.Place?.GazetteerId;
    public string[] NamedActors { get; } = [];
    public string[] GenericActors { get; } = [];
    public int? Fatalities => report.Fatalities;
    public IReadOnlyList<string> Perpetrators => report.Perpetrators;
    public IReadOnlyList<string> Targets => report.Targets;

    /// <summary>A specific place (a town or a region) that other reports can be looked up by.</summary>
    public string? SpecificPlaceKey => Level is PlaceLevel.City or PlaceLevel.Region ? PlaceIdentity : null;

    private static PlaceLevel LevelOf(PlaceRef place) => place.Kind switch
    {
        PlaceKind.Country => PlaceLevel.Country,
        PlaceKind.Region => PlaceLevel.Region,
        PlaceKind.City => PlaceLevel.City,
        // IncidentPlaceKind completes the kind from the gazetteer; a place still without one is
        // taken as a town, the most common place of an incident.
        _ => PlaceLevel.City,
    };

    internal enum PlaceLevel { None, Country, Region, City }
}
