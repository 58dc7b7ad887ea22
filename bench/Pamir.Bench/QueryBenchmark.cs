using System.Diagnostics;
using Pamir.Core.Incidents;
using Pamir.Storage;
using Pamir.Storage.Queries;

namespace Pamir.Bench;

/// <summary>
/// Latency of the queries analysts make, on a large base: full-text search, incident listing with
/// filters, one incident's detail and one actor's profile. Each query runs many times; the report
/// gives median and p95 in milliseconds.
/// </summary>
public sealed class QueryBenchmark(IKnowledgeStore store, int repetitions)
{
    private const int ProfilePage = 20;

    private static readonly string[] SearchTerms = ["prison riot", "border", "Khujand", "remittances", "attack", "opposition leader", "Islamic State", "protest"];

    public IReadOnlyDictionary<string, (double Median, double P95)> Run()
    {
        var incidents = store.Incidents(new IncidentFilter(Limit: 1000));
        var actors = store.Actors(new ActorFilter(Limit: 50));
        var results = new Dictionary<string, (double, double)>
        {
            ["search"] = Measure(i => store.Search(SearchTerms[i % SearchTerms.Length], 20)),
            ["incidents_filtered"] = Measure(i => store.Incidents(new IncidentFilter(
                Country: i % 2 == 0 ? "TJ" : null, Since: new DateOnly(2000 + i % 20, 1, 1), Type: (EventType)(i % 6), Limit: 100))),
        };
        if (incidents.Count > 0) results["incident_detail"] = Measure(i => store.Incident(incidents[i % incidents.Count].Id));
        // The profile `pamir actor` shows, with its default page size, for the most mentioned actors.
        if (actors.Count > 0) results["actor_profile"] = Measure(i =>
            store.Actor(actors[i % actors.Count].Actor.Name) is { } actor ? ActorProfileQuery.Build(store, actor, ProfilePage) : null);
        return results;
    }

    private (double Median, double P95) Measure(Func<int, object?> query)
    {
        query(0);
        var milliseconds = new List<double>(repetitions);
        for (int i = 0; i < repetitions; i++)
        {
            long start = Stopwatch.GetTimestamp();
            query(i);
            milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        }
        return (RunStats.Of(milliseconds).Median, RunStats.Percentile(milliseconds, 0.95));
    }
}
