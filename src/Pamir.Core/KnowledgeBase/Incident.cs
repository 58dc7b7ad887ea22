using Pamir.Core.Incidents;
using Pamir.Core.Time;

namespace Pamir.Core.KnowledgeBase;

/// <summary>
/// One real-world event with every report of it. Its own fields are the reconciled values: the
/// date sources agree on, the conservative (lowest) death toll with the range over sources, and
/// the conflicts between sources. Flags name reports that contradict the others (a date more
/// than a month off).
/// </summary>
public sealed record Incident
{
    public required string Id { get; init; }
    public required EventType EventType { get; init; }
    public required string SubEventType { get; init; }
    public FuzzyDate? Date { get; init; }
    public PlaceRef? Place { get; init; }
    public int? Fatalities { get; init; }
    public int? FatalitiesMin { get; init; }
    public int? FatalitiesMax { get; init; }
    public IReadOnlyList<string> Actors { get; init; } = [];
    public required IReadOnlyList<IncidentReport> Reports { get; init; }
    public IReadOnlyList<FieldConflict> Conflicts { get; init; } = [];
    public IReadOnlyList<string> Flags { get; init; } = [];
}
