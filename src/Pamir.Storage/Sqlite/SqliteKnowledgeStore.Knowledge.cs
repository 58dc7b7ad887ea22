using System.Text.Json;
using Pamir.Core.KnowledgeBase;
using Pamir.Storage.Queries;
using Pamir.Storage.Serialization;

namespace Pamir.Storage.Sqlite;

public sealed partial class SqliteKnowledgeStore
{
    private const string FusedWithKey = "knowledge_fused_with";

    public void ReplaceKnowledge(FusedKnowledge knowledge, string fusedWith)
    {
        lock (gate)
        {
            InTransaction(() =>
            {
                foreach (var table in (string[])["incidents", "incident_actors", "actors", "actor_names", "relations", "claim_groups"])
                    Command($"DELETE FROM {table}").ExecuteNonQuery();
                for (int i = 0; i < knowledge.Incidents.Count; i++) InsertIncident(i, knowledge.Incidents[i]);
                for (int i = 0; i < knowledge.Actors.Count; i++) InsertActor(i, knowledge.Actors[i]);
                for (int i = 0; i < knowledge.Relations.Count; i++) InsertRelation(i, knowledge.Relations[i]);
                for (int i = 0; i < knowledge.ClaimGroups.Count; i++) InsertClaimGroup(i, knowledge.ClaimGroups[i]);
                Command("INSERT OR REPLACE INTO meta (key, value) VALUES ($key, $value)", ("$key", FusedWithKey), ("$value", fusedWith)).ExecuteNonQuery();
            });
        }
    }

    public string? KnowledgeFusedWith
    {
        get { lock (gate) return Command("SELECT value FROM meta WHERE key = $key", ("$key", FusedWithKey)).ExecuteScalar() as string; }
    }

    /// <summary>
    /// Forgets which pipeline the knowledge base was fused with, in the same transaction as the
    /// change to the documents: a run killed before it re-fused leaves the base marked as stale.
    /// </summary>
    private void MarkKnowledgeStale() => Command("DELETE FROM meta WHERE key = $key", ("$key", FusedWithKey)).ExecuteNonQuery();

    public FusedKnowledge Knowledge()
    {
        lock (gate)
        {
            return new FusedKnowledge(
                Payloads<Incident>("SELECT payload FROM incidents ORDER BY seq"),
                Payloads<Actor>("SELECT payload FROM actors ORDER BY seq"),
                Payloads<ResolvedRelation>("SELECT payload FROM relations ORDER BY seq"),
                Payloads<ClaimGroup>("SELECT payload FROM claim_groups ORDER BY seq"));
        }
    }

    private void InsertIncident(int seq, Incident incident)
    {
        Command("""
            INSERT INTO incidents (id, seq, event_type, sub_event_type, date_first, date_last, country, location, fatalities, report_count, payload)
            VALUES ($id, $seq, $type, $sub, $first, $last, $country, $location, $fatalities, $reports, $payload)
            """,
            ("$id", incident.Id),
            ("$seq", seq),
            ("$type", incident.EventType.ToString()),
            ("$sub", incident.SubEventType),
            ("$first", IsoDay(incident.Date?.First)),
            ("$last", IsoDay(incident.Date?.Last)),
            ("$country", incident.Place?.CountryCode),
            ("$location", incident.Place?.Name),
            ("$fatalities", incident.Fatalities),
            ("$reports", incident.Reports.Count),
            ("$payload", JsonSerializer.Serialize(incident, StorageJson.Options))).ExecuteNonQuery();
        foreach (var name in incident.Actors.Select(NameFolding.Fold).Distinct())
            Command("INSERT OR IGNORE INTO incident_actors (name_folded, incident_id) VALUES ($name, $id)", ("$name", name), ("$id", incident.Id)).ExecuteNonQuery();
    }

    private void InsertActor(int seq, Actor actor)
    {
        Command("""
            INSERT INTO actors (id, seq, name, kind, country, mention_count, payload)
            VALUES ($id, $seq, $name, $kind, $country, $mentions, $payload)
            """,
            ("$id", actor.Id),
            ("$seq", seq),
            ("$name", actor.Name),
            ("$kind", actor.Kind.ToString()),
            ("$country", actor.CountryCode),
            ("$mentions", actor.MentionCount),
            ("$payload", JsonSerializer.Serialize(actor, StorageJson.Options))).ExecuteNonQuery();
        Command("INSERT OR IGNORE INTO actor_names (name_folded, actor_id, is_canonical) VALUES ($name, $id, 1)",
            ("$name", NameFolding.Fold(actor.Name)), ("$id", actor.Id)).ExecuteNonQuery();
        foreach (var alias in actor.Aliases)
            Command("INSERT OR IGNORE INTO actor_names (name_folded, actor_id, is_canonical) VALUES ($name, $id, 0)",
                ("$name", NameFolding.Fold(alias)), ("$id", actor.Id)).ExecuteNonQuery();
    }

    private void InsertRelation(int seq, ResolvedRelation relation) =>
        Command("""
            INSERT INTO relations (seq, source_actor, target_actor, type, document_id, payload)
            VALUES ($seq, $source, $target, $type, $document, $payload)
            """,
            ("$seq", seq),
            ("$source", relation.SourceActorId),
            ("$target", relation.TargetActorId),
            ("$type", relation.Statement.Type.ToString()),
            ("$document", relation.Statement.DocumentId),
            ("$payload", JsonSerializer.Serialize(relation, StorageJson.Options))).ExecuteNonQuery();

    private void InsertClaimGroup(int seq, ClaimGroup group) =>
        Command("""
            INSERT INTO claim_groups (id, seq, subject, measure, measure_folded, unit, conflicting, payload)
            VALUES ($id, $seq, $subject, $measure, $folded, $unit, $conflicting, $payload)
            """,
            ("$id", group.Id),
            ("$seq", seq),
            ("$subject", group.Subject),
            ("$measure", group.Measure),
            ("$folded", NameFolding.Fold(group.Measure)),
            ("$unit", group.Unit),
            ("$conflicting", group.Conflicting ? 1 : 0),
            ("$payload", JsonSerializer.Serialize(group, StorageJson.Options))).ExecuteNonQuery();

    private static string? IsoDay(DateOnly? day) => day?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>Reads the payload column of each row; call under the lock.</summary>
    private List<T> Payloads<T>(string sql, params (string Name, object? Value)[] parameters)
    {
        var items = new List<T>();
        using var reader = Command(sql, parameters).ExecuteReader();
        while (reader.Read()) items.Add(Payload<T>(reader.GetString(0)));
        return items;
    }
}
