using System.Runtime.ExceptionServices;

namespace Pamir.Core.KnowledgeBase;

/// <summary>
/// The incidents of a fusion, grouped but not yet built: their ids, in ordinal order, are known as
/// soon as the reports are grouped (an incident's id is its first report's), and each incident is
/// built when it is asked for, once, its reports let go as it is built. A store writes the
/// incidents a chunk at a time in id order, so that it never holds them all, nor all their reports.
/// </summary>
public sealed class FusedIncidents
{
    private readonly Func<int, Incident> build;

    /// <param name="ids">Every incident's id, in ordinal order, each once.</param>
    /// <param name="build">Builds the incident at a position of <paramref name="ids"/>; called once for each, from several threads at once.</param>
    public FusedIncidents(IReadOnlyList<string> ids, Func<int, Incident> build)
    {
        Ids = ids;
        this.build = build;
    }

    /// <summary>Every incident's id, in ordinal order.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>The incidents at positions <paramref name="from"/> to <paramref name="to"/> (exclusive) of <see cref="Ids"/>, built on several cores; each can be built once.</summary>
    public Incident[] Build(int from, int to)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(from);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(to, Ids.Count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(from, to);
        var incidents = new Incident[to - from];
        try
        {
            Parallel.For(from, to, i => incidents[i - from] = build(i));
        }
        catch (AggregateException e)
        {
            // Thrown as one build threw it, as if the incidents had been built one after another.
            ExceptionDispatchInfo.Throw(e.InnerExceptions[0]);
        }
        return incidents;
    }

    /// <summary>Every incident, built, in the knowledge base's order: earliest first (undated last), then by id.</summary>
    public IReadOnlyList<Incident> All() =>
        Build(0, Ids.Count)
            .OrderBy(i => i.Date?.First ?? DateOnly.MaxValue)
            .ThenBy(i => i.Id, StringComparer.Ordinal)
            .ToList();

    /// <summary>Incidents built already, as incidents to build.</summary>
    public static FusedIncidents Of(IReadOnlyList<Incident> incidents)
    {
        var ordered = incidents.OrderBy(i => i.Id, StringComparer.Ordinal).ToArray();
        return new FusedIncidents(Array.ConvertAll(ordered, i => i.Id), i => ordered[i]);
    }
}
