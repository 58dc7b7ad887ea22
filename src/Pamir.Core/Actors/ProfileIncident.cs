using Pamir.Core.Incidents;
using Pamir.Core.Time;

namespace Pamir.Core.Actors;

/// <summary>An incident the profiled actor took part in, with one report's evidence sentence.</summary>
public sealed record ProfileIncident(string IncidentId, EventType EventType, string SubEventType, FuzzyDate? Date, string? Place, int? Fatalities, string DocumentId, string Evidence);
