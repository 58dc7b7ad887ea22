using Pamir.Core.Incidents;
using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Core.Fusion;

/// <summary>
/// An incident report as a gathering holds it until fusion (<see cref="FusionGathering"/>): every
/// field, in a struct in its document's array, its date and counts as plain numbers, its names and
/// place shared with other reports, its evidence in an array of its own size. A report object with
/// its optional date and counts weighed half as much again, and a gathering holds every report of
/// the run while the documents are analysed and the actors resolved.
/// </summary>
internal readonly struct GatheredReport
{
    // Stands for a missing number: no date part, no count (none is ever this low).
    private const int None = int.MinValue;

    private readonly string documentId;
    private readonly string subEventType;
    private readonly PlaceRef? place;
    private readonly string? fatalitiesStated;
    private readonly IReadOnlyList<string> perpetrators;
    private readonly IReadOnlyList<string> targets;
    private readonly string? trigger;
    private readonly IReadOnlyList<TextSpan> evidence;
    private readonly int ordinal;
    private readonly int year, month, day;
    private readonly int fatalities, injured, arrested;
    private readonly EventType eventType;
    private readonly bool dated, decade;

    public GatheredReport(IncidentReport report, SharedStrings strings, SharedPlaces places)
    {
        documentId = strings.Of(report.DocumentId);
        subEventType = strings.Of(report.SubEventType);
        place = places.Of(report.Place);
        fatalitiesStated = strings.Of(report.FatalitiesStated);
        perpetrators = strings.Of(report.Perpetrators);
        targets = strings.Of(report.Targets);
        trigger = strings.Of(report.Trigger);
        evidence = report.Evidence is TextSpan[] exact ? exact : [.. report.Evidence];
        ordinal = report.Ordinal;
        eventType = report.EventType;
        if (report.Date is FuzzyDate date)
        {
            dated = true;
            (year, month, day, decade) = (date.Year ?? None, date.Month ?? None, date.Day ?? None, date.IsDecade);
        }
        else (year, month, day) = (None, None, None);
        (fatalities, injured, arrested) = (report.Fatalities ?? None, report.Injured ?? None, report.Arrested ?? None);
    }

    public string DocumentId => documentId;
    public int Ordinal => ordinal;
    public EventType EventType => eventType;
    public string SubEventType => subEventType;
    public FuzzyDate? Date => dated ? new FuzzyDate(Number(year), Number(month), Number(day), decade) : null;
    public PlaceRef? Place => place;
    public int? Fatalities => Number(fatalities);
    public IReadOnlyList<string> Perpetrators => perpetrators;
    public IReadOnlyList<string> Targets => targets;

    /// <summary>"document#ordinal", as <see cref="IncidentReport.Key"/>.</summary>
    public string Key() => $"{documentId}#{ordinal}";

    /// <summary>The report made again, whole.</summary>
    public IncidentReport Report() => new()
    {
        DocumentId = documentId,
        Ordinal = ordinal,
        EventType = eventType,
        SubEventType = subEventType,
        Date = Date,
        Place = place,
        Fatalities = Number(fatalities),
        FatalitiesStated = fatalitiesStated,
        Injured = Number(injured),
        Arrested = Number(arrested),
        Perpetrators = perpetrators,
        Targets = targets,
        Trigger = trigger,
        Evidence = evidence,
    };

    private static int? Number(int value) => value == None ? null : value;
}
