using Pamir.Core.Text;
using Pamir.Core.Time;

namespace Pamir.Core.Incidents;

/// <summary>
/// What one document says about one incident: "this report says a riot in Vahdat on 19 May 2019
/// killed 32". Figures are the document's own. Fatalities follow ACLED's conservative rule (null
/// when the document gives no number; 0 for a stated "no one was killed"); FatalitiesStated keeps
/// the phrase ("at least 32 – three prison guards and 29 inmates").
/// </summary>
public sealed record IncidentReport
{
    public required string DocumentId { get; init; }
    /// <summary>Position of the report within its document (0, 1, …): with DocumentId, a stable key.</summary>
    public required int Ordinal { get; init; }
    public required EventType EventType { get; init; }
    public required string SubEventType { get; init; }
    public FuzzyDate? Date { get; init; }
    public PlaceRef? Place { get; init; }
    public int? Fatalities { get; init; }
    public string? FatalitiesStated { get; init; }
    public int? Injured { get; init; }
    public int? Arrested { get; init; }
    public IReadOnlyList<string> Perpetrators { get; init; } = [];
    public IReadOnlyList<string> Targets { get; init; } = [];
    /// <summary>The trigger phrase the report was found by ("riot", "shot dead").</summary>
    public string? Trigger { get; init; }
    public required IReadOnlyList<TextSpan> Evidence { get; init; }

    public string Key => $"{DocumentId}#{Ordinal}";
}
