using Pamir.Core.Incidents;
using Pamir.Core.Time;

namespace Pamir.Core.Fusion;

/// <summary>
/// One incident report prepared once for comparison: its date as a day interval, its place as
/// compared (<see cref="ComparedPlace"/>, shared by the reports placed there), its actors folded
/// and split into named and generic ones. It holds the report as gathered, whose fields it reads
/// in place rather than copy, and which its incident makes whole again: the views of every report
/// are held at once while they are grouped.
/// </summary>
internal sealed class IncidentReportView
{
    // Stands for no day: a date without a year has neither a first nor a last day.
    private const int NoDay = int.MinValue;

    private readonly GatheredReport report;
    private readonly ComparedPlace? comparedPlace;
    private readonly int first, last;

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
        (first, last) = report.Date is { First: DateOnly from, Last: DateOnly to } ? (from.DayNumber, to.DayNumber) : (NoDay, NoDay);
        if (report.Place is PlaceRef place) comparedPlace = names.Place(place);
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
    public int? First => first == NoDay ? null : first;
    public int? Last => last == NoDay ? null : last;
    public bool IsFineDate => first != NoDay && Date!.Value.Precision is DatePrecision.Day or DatePrecision.Month;
    public string? Country => comparedPlace?.Country;
    public string? PlaceName => comparedPlace?.Name;
    public string? Admin1 => comparedPlace?.Admin1;
    public string? PlaceIdentity => comparedPlace?.Identity;
    public PlaceLevel Level => comparedPlace?.Level ?? PlaceLevel.None;
    public (double Lat, double Lon)? Coordinates => comparedPlace?.Coordinates;
    /// <summary>The cosine of the latitude, which every distance from this place needs.</summary>
    public double CosLatitude => comparedPlace?.CosLatitude ?? 0;
    public PlaceRef? Place => report.Place;
    public int? GazetteerId => comparedPlace?.GazetteerId;
    public string[] NamedActors { get; } = [];
    public string[] GenericActors { get; } = [];
    public int? Fatalities => report.Fatalities;
    public IReadOnlyList<string> Perpetrators => report.Perpetrators;
    public IReadOnlyList<string> Targets => report.Targets;

    /// <summary>A specific place (a town or a region) that other reports can be looked up by.</summary>
    public string? SpecificPlaceKey => Level is PlaceLevel.City or PlaceLevel.Region ? PlaceIdentity : null;

    internal enum PlaceLevel { None, Country, Region, City }
}
