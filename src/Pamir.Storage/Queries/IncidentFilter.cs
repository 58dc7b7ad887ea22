using Pamir.Core.Incidents;

namespace Pamir.Storage.Queries;

/// <summary>
/// Which incidents to list. Since and Until compare with the incident's date interval, so an
/// incident dated "2018" is included by Since 2018-06-01; undated incidents drop out when either is set.
/// Actor matches any name or alias of the actor, ignoring case and accents.
/// </summary>
public sealed record IncidentFilter(
    string? Country = null,
    DateOnly? Since = null,
    DateOnly? Until = null,
    EventType? Type = null,
    string? Actor = null,
    int? Limit = null)
{
    public static IncidentFilter All { get; } = new();
}
