using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pamir.Core.KnowledgeBase;
using Pamir.Storage.Serialization;

namespace Pamir.Storage.Sqlite;

/// <summary>
/// Re-encodes the incidents a base stored as JSON text (schema 7 and before) in <see cref="IncidentCodec"/>'s
/// form, row by row in place; a payload already stored as a blob is of that form and kept.
/// </summary>
internal static class IncidentsUpgrade
{
    public static void Run(SqliteConnection connection, SqliteTransaction transaction)
    {
        var encoded = new List<(string Id, byte[] Payload)>();
        var writer = new BinaryPayloadWriter();
        using (var select = connection.CreateCommand())
        {
            select.Transaction = transaction;
            select.CommandText = "SELECT id, payload FROM incidents WHERE typeof(payload) = 'text' ORDER BY id";
            using var reader = select.ExecuteReader();
            while (reader.Read())
            {
                string id = reader.GetString(0);
                Incident incident;
                try
                {
                    incident = JsonSerializer.Deserialize<Incident>(reader.GetFieldValue<byte[]>(1), StorageJson.ReadOptions)
                        ?? throw new InvalidDataException($"the incident {id} is stored as an empty payload");
                }
                catch (JsonException e)
                {
                    throw new InvalidDataException($"the incident {id} is not stored as readable JSON ({e.Message})", e);
                }
                encoded.Add((id, IncidentCodec.Encode(writer, incident).ToArray()));
            }
        }
        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE incidents SET payload = $payload WHERE id = $id";
        var payload = update.Parameters.Add("$payload", SqliteType.Blob);
        var key = update.Parameters.Add("$id", SqliteType.Text);
        foreach (var (id, bytes) in encoded)
        {
            payload.Value = bytes;
            key.Value = id;
            update.ExecuteNonQuery();
        }
    }
}
