using System.Buffers;
using System.Text;
using Microsoft.Data.Sqlite;
using SQLitePCL;

namespace Pamir.Storage.Sqlite;

/// <summary>
/// A statement prepared on the connection's native handle and run in whatever transaction the
/// connection holds. A knowledge refresh writes tens of thousands of rows and their index entries:
/// through <see cref="SqliteCommand"/> each value was boxed into a parameter and every text was
/// converted to UTF-8 in a fresh array; here payloads already serialized as UTF-8 are bound as
/// they are, other text is encoded into one reused buffer, and stored payloads are read in place.
/// </summary>
internal sealed class NativeStatement : IDisposable
{
    private readonly sqlite3 database;
    private readonly sqlite3_stmt statement;
    private readonly Dictionary<string, int> parameters = new(StringComparer.Ordinal);
    private byte[] text = ArrayPool<byte>.Shared.Rent(256);

    public NativeStatement(sqlite3 database, string sql)
    {
        this.database = database;
        Check(raw.sqlite3_prepare_v2(database, sql, out statement));
        int count = raw.sqlite3_bind_parameter_count(statement);
        for (int i = 1; i <= count; i++) parameters[raw.sqlite3_bind_parameter_name(statement, i).utf8_to_string()] = i;
    }

    public NativeStatement Bind(string name, string? value)
    {
        int index = parameters[name];
        if (value is null) Check(raw.sqlite3_bind_null(statement, index));
        // An empty span would be bound from a null pointer, which SQLite takes for NULL.
        else if (value.Length == 0) Check(raw.sqlite3_bind_text(statement, index, ""));
        else
        {
            int most = Encoding.UTF8.GetMaxByteCount(value.Length);
            if (most > text.Length)
            {
                ArrayPool<byte>.Shared.Return(text);
                text = ArrayPool<byte>.Shared.Rent(most);
            }
            int length = Encoding.UTF8.GetBytes(value, text);
            Check(raw.sqlite3_bind_text(statement, index, text.AsSpan(0, length)));
        }
        return this;
    }

    /// <summary>Binds text already encoded as UTF-8 (never empty: a payload is at least "{}").</summary>
    public NativeStatement BindUtf8(string name, ReadOnlySpan<byte> value)
    {
        Check(raw.sqlite3_bind_text(statement, parameters[name], value));
        return this;
    }

    /// <summary>Binds text already encoded as UTF-8, which may be empty.</summary>
    public NativeStatement BindText(string name, ReadOnlySpan<byte> value)
    {
        int index = parameters[name];
        // An empty span would be bound from a null pointer, which SQLite takes for NULL.
        Check(value.IsEmpty ? raw.sqlite3_bind_text(statement, index, "") : raw.sqlite3_bind_text(statement, index, value));
        return this;
    }

    /// <summary>Binds bytes as a blob (never empty: an empty span would be bound as NULL).</summary>
    public NativeStatement BindBlob(string name, ReadOnlySpan<byte> value)
    {
        Check(raw.sqlite3_bind_blob(statement, parameters[name], value));
        return this;
    }

    public NativeStatement Bind(string name, long value)
    {
        Check(raw.sqlite3_bind_int64(statement, parameters[name], value));
        return this;
    }

    public NativeStatement Bind(string name, long? value) =>
        value is { } number ? Bind(name, number) : BindNull(name);

    private NativeStatement BindNull(string name)
    {
        Check(raw.sqlite3_bind_null(statement, parameters[name]));
        return this;
    }

    /// <summary>Runs a statement that returns no rows, and readies it for the next values.</summary>
    public void Execute()
    {
        int result = raw.sqlite3_step(statement);
        raw.sqlite3_reset(statement);
        if (result != raw.SQLITE_DONE && result != raw.SQLITE_ROW) Check(result);
    }

    /// <summary>Steps a query to its next row; false once it has none.</summary>
    public bool Read()
    {
        int result = raw.sqlite3_step(statement);
        if (result == raw.SQLITE_ROW) return true;
        if (result != raw.SQLITE_DONE)
        {
            raw.sqlite3_reset(statement);
            Check(result);
        }
        return false;
    }

    /// <summary>Ends a query early or after its last row, releasing what it read.</summary>
    public void Reset() => raw.sqlite3_reset(statement);

    public string Text(int column) => raw.sqlite3_column_text(statement, column).utf8_to_string();

    public long Int64(int column) => raw.sqlite3_column_int64(statement, column);

    /// <summary>A column's bytes as stored (UTF-8 for text), valid until the next step or reset.</summary>
    public ReadOnlySpan<byte> Bytes(int column) => raw.sqlite3_column_blob(statement, column);

    public void Dispose()
    {
        statement.Dispose();
        ArrayPool<byte>.Shared.Return(text);
    }

    private void Check(int result)
    {
        if (result != raw.SQLITE_OK) SqliteException.ThrowExceptionForRC(result, database);
    }
}
