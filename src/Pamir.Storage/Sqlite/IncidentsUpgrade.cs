using System.Text.Json;
using Microsoft.Data.Sqlite;
using Pamir.Core.KnowledgeBase;
using Pamir.Storage.Serialization;

namespace Pamir.Storage.Sqlite;

/// <summary>
/// Re-encodes the incidents a base stored as JSON text (schema 7 and before) in <see cref="IncidentCodec"/>'s
/// form, in place, a batch at a time in id order so that a large base is not held whole; a payload
/// already stored as a blob is of that form and kept.
/// </summary>
internal static class IncidentsUpgrade
{
    private const int Batch = 1000;

    public static void Run(SqliteConnection connection, SqliteTransaction transaction)
    {
        using var select = connection.CreateCommand();
        select.Transaction = transaction;
        select.CommandText = "SELECT id, payload FROM incidents WHERE id > $after AND typeof(payload) = 'text' ORDER BY id LIMIT $batch";
        var after = select.Parameters.Add("$after", SqliteType.Text);
        select.Parameters.AddWithValue("$batch", Batch);
        using var update = connection.CreateCommand();
        update.Transaction = transaction;
        update.CommandText = "UPDATE incidents SET payload = $payload WHERE id = $id";
        var payload = update.Parameters.Add("$payload", SqliteType.Blob);
        var key = update.Parameters.Add("$id", SqliteType.Text);
        var writer = new BinaryPayloadWriter();
        var encoded = new List<(string Id, byte[] Payload)>(Batch);
        after.Value = "";
        do
        {
            encoded.Clear();
            using (var reader = select.ExecuteReader())
            {
                while (reader.Read())
                {
                    string id = reader.GetString(0);
                    encoded.Add((id, IncidentCodec.Encode(writer, Read(id, reader.GetFieldValue<byte[]>(1))).ToArray()));
                }
            }
            foreach (var (id, bytes) in encoded)
            {
                payload.Value = bytes;
                key.Value = id;
                update.ExecuteNonQuery();
            }
            if (encoded.Count > 0) after.Value = encoded[^1].Id;
        }
        while (encoded.Count == Batch);
    }

    private static Incident Read(string id, byte[] json)
    {
        try
        {
            return JsonSerializer.Deserialize<Incident>(json, StorageJson.ReadOptions)
                ?? throw new InvalidDataException($"the incident {id} is stored as an empty payload");
        }
        catch (JsonException e)
        {
            throw new InvalidDataException($"the incident {id} is not stored as readable JSON ({e.Message})", e);
        }
    }
}
