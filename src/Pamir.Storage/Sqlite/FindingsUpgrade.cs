using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pamir.Core.Actors;
using Pamir.Core.Claims;
using Pamir.Core.Incidents;
using Pamir.Core.Relations;
using Pamir.Storage.Serialization;

namespace Pamir.Storage.Sqlite;

/// <summary>
/// Re-encodes the findings a base stored as JSON (schema 6 and before) in <see cref="FindingsCodec"/>'s
/// form, row by row from the table the schema step set aside, which it then drops.
/// </summary>
internal static class FindingsUpgrade
{
    public static void Run(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = """
            SELECT f.doc_key, f.incident_count, f.actor_count, f.relation_count, f.claim_count, f.incidents, f.actors, f.relations, f.claims, d.id
            FROM findings_json f JOIN documents d ON d.doc_key = f.doc_key ORDER BY f.doc_key
            """;
        using var insert = connection.CreateCommand();
        insert.Transaction = transaction;
        insert.CommandText = """
            INSERT INTO findings (doc_key, incident_count, actor_count, relation_count, claim_count, incidents, actors, relations, claims)
            VALUES ($key, $ni, $na, $nr, $nc, $incidents, $actors, $relations, $claims)
            """;
        var parameters = new[] { "$key", "$ni", "$na", "$nr", "$nc" }.Select(name => insert.Parameters.Add(name, SqliteType.Integer)).ToArray();
        var payloads = new[] { "$incidents", "$actors", "$relations", "$claims" }.Select(name => insert.Parameters.Add(name, SqliteType.Blob)).ToArray();
        var writer = new BinaryPayloadWriter();
        using (var reader = select.ExecuteReader())
        {
            while (reader.Read())
            {
                for (int i = 0; i < parameters.Length; i++) parameters[i].Value = reader.GetInt64(i);
                try
                {
                    payloads[0].Value = FindingsCodec.Encode(writer, Json<IncidentReport>(reader, 5)).ToArray();
                    payloads[1].Value = FindingsCodec.Encode(writer, Json<ActorMention>(reader, 6)).ToArray();
                    payloads[2].Value = FindingsCodec.Encode(writer, Json<RelationStatement>(reader, 7)).ToArray();
                    payloads[3].Value = FindingsCodec.Encode(writer, Json<Claim>(reader, 8)).ToArray();
                }
                catch (JsonException e)
                {
                    throw new InvalidDataException($"the findings stored for document {reader.GetString(9)} are not readable JSON ({e.Message})", e);
                }
                insert.ExecuteNonQuery();
            }
        }
        using var drop = connection.CreateCommand();
        drop.Transaction = transaction;
        drop.CommandText = "DROP TABLE findings_json";
        drop.ExecuteNonQuery();
    }

    private static List<T> Json<T>(SqliteDataReader reader, int column) =>
        JsonSerializer.Deserialize<List<T>>(reader.GetFieldValue<byte[]>(column), StorageJson.ReadOptions)
        ?? throw new InvalidDataException($"an empty {typeof(T).Name} payload is stored");
}
