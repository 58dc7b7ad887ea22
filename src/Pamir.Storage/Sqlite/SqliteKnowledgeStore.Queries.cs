using System.Text;
using System.Text.Json;
using Pamir.Core.KnowledgeBase;
using Pamir.Storage.Queries;
using Pamir.Storage.Serialization;

namespace Pamir.Storage.Sqlite;

public sealed partial class SqliteKnowledgeStore
{
    /// <summary>How many matches beyond the limit are ranked by id too, to settle equal scores without reading every match's row.</summary>
    private const int RankingSlack = 16;

    /// <summary>
    /// How many of the most recently added matches a search ranks. bm25 scores every match it is
    /// given, and a word in half of 100,000 reports would be 50,000 scores per search; an analyst
    /// searching so common a word gets the best matches among the latest reports instead.
    /// </summary>
    public const int RankedMatches = 5000;

    public IReadOnlyList<SearchHit> Search(string query, int limit)
    {
        string? match = FtsQuery.From(query);
        if (match is null || limit <= 0) return [];
        lock (gate)
        {
            var ranked = Ranked(match, FirstRankedKey(match), limit);
            var snippets = Snippets(match, ranked);
            var hits = new List<SearchHit>(ranked.Count);
            foreach (var (key, score) in ranked)
            {
                if (!snippets.TryGetValue(key, out string? snippet)) continue;
                using var reader = Command("SELECT id, title, published FROM documents WHERE doc_key = $key", ("$key", key)).ExecuteReader();
                if (!reader.Read()) continue;
                hits.Add(new SearchHit(
                    reader.GetString(0),
                    reader.IsDBNull(1) ? null : reader.GetString(1),
                    reader.IsDBNull(2) ? null : FuzzyDateJsonConverter.Parse(reader.GetString(2)),
                    snippet,
                    -score));
            }
            return hits;
        }
    }

    /// <summary>
    /// The hits' snippets in one pass over the matches between the lowest and the highest hit,
    /// snippets made for the hits alone: each query of its own would set the full-text query up
    /// again, which for several common words costs more than the snippet.
    /// </summary>
    private Dictionary<long, string> Snippets(string match, List<(long Key, double Score)> ranked)
    {
        var snippets = new Dictionary<long, string>(ranked.Count);
        if (ranked.Count == 0) return snippets;
        var keys = ranked.Select(r => r.Key).ToList();
        using var reader = Command("""
            SELECT key, snippet FROM (
                SELECT rowid AS key, CASE WHEN rowid IN (SELECT value FROM json_each($keys)) THEN snippet(documents_fts, -1, char(2), char(3), '…', 24) END AS snippet
                FROM documents_fts WHERE documents_fts MATCH $match AND rowid >= $low AND rowid <= $high)
            WHERE snippet IS NOT NULL
            """, ("$match", match), ("$keys", JsonSerializer.Serialize(keys)), ("$low", keys.Min()), ("$high", keys.Max())).ExecuteReader();
        while (reader.Read()) snippets[reader.GetInt64(0)] = reader.GetString(1);
        return snippets;
    }

    /// <summary>
    /// The lowest document key a search ranks: 0 while the query matches at most
    /// <see cref="RankedMatches"/> documents, else the key of the oldest among the latest that many.
    /// Finding it walks the matches newest first without scoring them.
    /// </summary>
    private long FirstRankedKey(string match) =>
        Command("""
            SELECT rowid FROM documents_fts WHERE documents_fts MATCH $match ORDER BY rowid DESC LIMIT 1 OFFSET $window
            """, ("$match", match), ("$window", RankedMatches - 1)).ExecuteScalar() is long key ? key : 0;

    /// <summary>
    /// The best matches as (document key, bm25), best first and by document id among equals. Only
    /// the index is read for every match; the documents' ids are read for a window of the best
    /// ones, and their rows and snippets for the hits alone, which at 100,000 documents is what
    /// keeps a common word fast. When equal scores run past the window, every match is ordered.
    /// </summary>
    private List<(long Key, double Score)> Ranked(string match, long firstKey, int limit)
    {
        int window = limit + RankingSlack;
        var candidates = new List<(long Key, double Score)>(window);
        // Title matches weigh more than body matches; bm25 is lower for better hits.
        using (var reader = Command("""
            SELECT rowid, bm25(documents_fts, 4.0, 1.0) AS score FROM documents_fts
            WHERE documents_fts MATCH $match AND rowid >= $first ORDER BY score LIMIT $window
            """, ("$match", match), ("$first", firstKey), ("$window", window)).ExecuteReader())
        {
            while (reader.Read()) candidates.Add((reader.GetInt64(0), reader.GetDouble(1)));
        }
        if (candidates.Count == window && candidates[^1].Score == candidates[limit - 1].Score)
            return RankedWithAllTies(match, firstKey, limit);
        var ids = candidates.ToDictionary(c => c.Key, c => DocumentIdOf(c.Key));
        return candidates
            .OrderBy(c => c.Score)
            .ThenBy(c => ids[c.Key], StringComparer.Ordinal)
            .Take(limit)
            .ToList();
    }

    private List<(long Key, double Score)> RankedWithAllTies(string match, long firstKey, int limit)
    {
        var ranked = new List<(long Key, double Score)>(limit);
        using var reader = Command("""
            SELECT documents_fts.rowid, bm25(documents_fts, 4.0, 1.0) AS score
            FROM documents_fts JOIN documents d ON d.doc_key = documents_fts.rowid
            WHERE documents_fts MATCH $match AND documents_fts.rowid >= $first
            ORDER BY score, d.id
            LIMIT $limit
            """, ("$match", match), ("$first", firstKey), ("$limit", limit)).ExecuteReader();
        while (reader.Read()) ranked.Add((reader.GetInt64(0), reader.GetDouble(1)));
        return ranked;
    }

    private string DocumentIdOf(long key) =>
        (string)Command("SELECT id FROM documents WHERE doc_key = $key", ("$key", key)).ExecuteScalar()!;

    public IReadOnlyList<Incident> Incidents(IncidentFilter filter)
    {
        // The matching rows are ordered by their keys alone and only the returned ones' payloads are
        // read: an actor named in thousands of incidents would otherwise sort thousands of payloads.
        var conditions = new StringBuilder();
        var parameters = new List<(string, object?)>();
        if (filter.Country is { Length: > 0 } country)
        {
            conditions.Append(" AND i.country = $country");
            parameters.Add(("$country", country.Trim().ToUpperInvariant()));
        }
        if (filter.Since is { } since)
        {
            conditions.Append(" AND i.date_last >= $since");
            parameters.Add(("$since", IsoDay.Of(since)));
        }
        if (filter.Until is { } until)
        {
            conditions.Append(" AND i.date_first <= $until");
            parameters.Add(("$until", IsoDay.Of(until)));
        }
        if (filter.Type is { } type)
        {
            conditions.Append(" AND i.event_type = $type");
            parameters.Add(("$type", type.ToString()));
        }
        lock (gate)
        {
            var keys = filter.Actor is { Length: > 0 } actor
                ? (filter.Limit is int actorLimit ? FirstKeysOfActor(NameFolding.Fold(actor), conditions.ToString(), parameters, actorLimit) : KeysOfActor(NameFolding.Fold(actor), conditions.ToString(), parameters))
                : Keys($"SELECT i.rowid FROM incidents i WHERE 1 = 1{conditions} ORDER BY i.date_first IS NULL, i.date_first, i.id{(filter.Limit is null ? "" : " LIMIT $limit")}",
                    [.. parameters, ("$limit", filter.Limit)]);
            var incidents = new List<Incident>(keys.Count);
            var texts = new List<string>();
            foreach (long key in keys)
                incidents.Add(IncidentCodec.Decode((byte[])Command("SELECT payload FROM incidents WHERE rowid = $key", ("$key", key)).ExecuteScalar()!, texts));
            return incidents;
        }
    }

    /// <summary>The actor by any of its names: the name as given, or every name of an actor known by it.</summary>
    private const string NamesOfActor = """
        SELECT $actor UNION SELECT other.name_folded FROM actor_names given JOIN actor_names other ON other.actor_id = given.actor_id
        WHERE given.name_folded = $actor
        """;

    private List<long> KeysOfActor(string actor, string conditions, List<(string, object?)> parameters) =>
        Keys($"""
            SELECT i.rowid FROM incidents i
            WHERE i.id IN (SELECT incident_id FROM incident_actors WHERE name_folded IN ({NamesOfActor})){conditions}
            ORDER BY i.date_first IS NULL, i.date_first, i.id
            """, [.. parameters, ("$actor", actor)]);

    /// <summary>
    /// The first incidents of an actor in listing order (dated by date, then undated; by id among
    /// equals): each name's entries are walked in that order and stop at the limit, then the few
    /// names' lists are merged, so an actor in thousands of incidents reads a page of them.
    /// </summary>
    private List<long> FirstKeysOfActor(string actor, string conditions, List<(string, object?)> parameters, int limit)
    {
        var entries = new List<(int Dated, string First, string Id, long Key)>();
        foreach (string name in Strings(NamesOfActor, ("$actor", actor)))
        {
            foreach (int dated in (int[])[1, 0])
            {
                using var reader = Command($"""
                    SELECT n.date_first, n.incident_id, i.rowid FROM incident_actors n JOIN incidents i ON i.id = n.incident_id
                    WHERE n.name_folded = $name AND n.dated = $dated{conditions}
                    ORDER BY n.date_first, n.incident_id
                    LIMIT $limit
                    """, [.. parameters, ("$name", name), ("$dated", dated), ("$limit", limit)]).ExecuteReader();
                while (reader.Read()) entries.Add((dated, reader.GetString(0), reader.GetString(1), reader.GetInt64(2)));
            }
        }
        return entries
            .OrderByDescending(e => e.Dated)
            .ThenBy(e => e.First, BinaryTextOrder.Instance)
            .ThenBy(e => e.Id, BinaryTextOrder.Instance)
            .DistinctBy(e => e.Key)
            .Take(limit)
            .Select(e => e.Key)
            .ToList();
    }

    /// <summary>Reads the first column of each row as an integer; call under the lock.</summary>
    private List<long> Keys(string sql, params (string Name, object? Value)[] parameters)
    {
        var keys = new List<long>();
        using var reader = Command(sql, parameters).ExecuteReader();
        while (reader.Read()) keys.Add(reader.GetInt64(0));
        return keys;
    }

    public Incident? Incident(string incidentId)
    {
        lock (gate) return IncidentPayloads("SELECT payload FROM incidents WHERE id = $id", ("$id", incidentId)).FirstOrDefault();
    }

    public IReadOnlyList<ClaimGroup> ClaimGroups(string? measure)
    {
        lock (gate)
        {
            return string.IsNullOrWhiteSpace(measure)
                ? Payloads<ClaimGroup>("SELECT payload FROM claim_groups ORDER BY id")
                : Payloads<ClaimGroup>("SELECT payload FROM claim_groups WHERE instr(measure_folded, $measure) > 0 ORDER BY id", ("$measure", NameFolding.Fold(measure)));
        }
    }
}
