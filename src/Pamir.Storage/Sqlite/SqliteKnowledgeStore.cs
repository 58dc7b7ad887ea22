using Microsoft.Data.Sqlite;

namespace Pamir.Storage.Sqlite;

/// <summary>
/// The embedded knowledge base: one SQLite file in WAL mode. Writes and short queries share one
/// connection behind a lock, with their statements prepared once and reused; streamed reads and
/// the ingest's stamp lookups use read-only connections of their own, which WAL lets run beside a writer.
/// </summary>
public sealed partial class SqliteKnowledgeStore : IKnowledgeStore
{
    private readonly object gate = new();
    private readonly SqliteConnection connection;
    private readonly Dictionary<string, SqliteCommand> prepared = new(StringComparer.Ordinal);
    private readonly TimeProvider clock;
    private readonly object stampGate = new();
    private SqliteConnection? stampConnection;
    private NativeStatement? stampLookup;
    private SaveStatements? saveStatements;
    private SqliteTransaction? transaction;

    static SqliteKnowledgeStore()
    {
        SQLitePCL.Batteries_V2.Init();
        // SQLite counts every allocation it makes for its memory statistics under a global mutex: a
        // lock and an unlock around each of the millions of allocations of an ingest (full-text index
        // entries above all). In a profile of saving and fusing the 10 MB bench corpus, mutex lock and
        // unlock were 2.9 % of the writer thread's samples, 0.9 % without the count. Pamir reads none
        // of those statistics. SQLite takes the setting only before its first connection; a process
        // that opened one already keeps counting, which costs only that time.
        _ = SQLitePCL.raw.sqlite3_config(SQLitePCL.raw.SQLITE_CONFIG_MEMSTATUS, 0);
    }

    private SqliteKnowledgeStore(string path, SqliteConnection connection, TimeProvider clock)
    {
        Path = path;
        this.connection = connection;
        this.clock = clock;
    }

    /// <summary>The database file.</summary>
    public string Path { get; }

    /// <summary>The schema version this build writes.</summary>
    public static int CurrentSchemaVersion => SqliteSchema.Current;

    public int SchemaVersion
    {
        get { lock (gate) return SqliteSchema.Version(connection); }
    }

    /// <summary>Opens the base at <paramref name="path"/>, creating it when missing and migrating it to the current schema.</summary>
    public static SqliteKnowledgeStore Open(string path, TimeProvider? clock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        string? folder = System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(path));
        if (folder is not null) Directory.CreateDirectory(folder);
        var connection = new SqliteConnection(ConnectionString(path, SqliteOpenMode.ReadWriteCreate));
        try
        {
            connection.Open();
            // SQLite's default 4 KB pages, on purpose: 16 KB pages saved 7-10 % of the CPU of saving
            // and fusing, but building bases of 25,000 and 100,000 documents on two cores peaked
            // 40-50 MB higher (twice tried, twice reverted; figures in the history).
            Pragmas(connection, "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            SqliteSchema.Migrate(connection, path);
            return new SqliteKnowledgeStore(path, connection, clock ?? TimeProvider.System);
        }
        catch (SqliteException e)
        {
            connection.Dispose();
            throw new InvalidDataException($"{path}: not a usable Pamir knowledge base ({e.Message})", e);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Dispose()
    {
        lock (stampGate)
        {
            stampLookup?.Dispose();
            stampConnection?.Dispose();
            stampLookup = null;
            stampConnection = null;
        }
        lock (gate)
        {
            foreach (var command in prepared.Values) command.Dispose();
            prepared.Clear();
            saveStatements?.Dispose();
            saveStatements = null;
            connection.Dispose();
        }
    }

    private static string ConnectionString(string path, SqliteOpenMode mode) => new SqliteConnectionStringBuilder
    {
        DataSource = path,
        Mode = mode,
        Pooling = false,
    }.ToString();

    private static void Pragmas(SqliteConnection connection, string pragmas)
    {
        using var command = connection.CreateCommand();
        // A 16 MB page cache: the 2 MB default saved half as fast, but a 64 MB one filled by ~25,000
        // documents and stayed full, the largest part of what an ingest's memory grew by before fusion
        // (at 50,000 documents: SQLite 66 MB, managed heap ~110 MB committed). With 16 MB a one-shot
        // ingest peaks 45-50 MB lower (50,000 documents: 325-331 -> 280 MB) for no more CPU (user 38-40 s -> 37 s).
        command.CommandText = "PRAGMA foreign_keys = ON; PRAGMA busy_timeout = 10000; PRAGMA temp_store = MEMORY; PRAGMA cache_size = -16384; " + pragmas;
        command.ExecuteNonQuery();
    }

    /// <summary>A read-only connection of its own, for results streamed to the caller.</summary>
    private SqliteConnection OpenReader()
    {
        var reader = new SqliteConnection(ConnectionString(Path, SqliteOpenMode.ReadOnly));
        reader.Open();
        Pragmas(reader, "");
        return reader;
    }

    /// <summary>The cached statement for this SQL on the shared connection; call under the lock.</summary>
    private SqliteCommand Command(string sql)
    {
        if (!prepared.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            prepared[sql] = command;
        }
        command.Transaction = transaction;
        command.Parameters.Clear();
        return command;
    }

    private SqliteCommand Command(string sql, params (string Name, object? Value)[] parameters)
    {
        var command = Command(sql);
        foreach (var (name, value) in parameters) command.Parameters.AddWithValue(name, value ?? DBNull.Value);
        return command;
    }

    private void InTransaction(Action work)
    {
        using var scope = connection.BeginTransaction();
        transaction = scope;
        try
        {
            work();
            scope.Commit();
        }
        finally
        {
            transaction = null;
        }
    }
}
