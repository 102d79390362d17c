using Microsoft.Data.Sqlite;
using Npgsql;

namespace HotAudit.History;

/// <summary>Opens the run history a <c>History</c> setting names: <c>sqlite</c> (a file in the state folder) or a PostgreSQL connection string.</summary>
public static class RunHistories
{
    /// <summary>The file name of the SQLite history in the state folder.</summary>
    public const string SqliteFile = "history.db";

    /// <summary>Whether the setting asks for SQLite (empty or <c>sqlite</c>).</summary>
    public static bool IsSqlite(string? setting) => string.IsNullOrWhiteSpace(setting) || setting.Trim().Equals("sqlite", StringComparison.OrdinalIgnoreCase);

    /// <summary>Why the setting is not usable, or null when it is.</summary>
    public static string? Problem(string? setting)
    {
        if (IsSqlite(setting))
        {
            return null;
        }
        try
        {
            var builder = new NpgsqlConnectionStringBuilder(setting);
            return string.IsNullOrWhiteSpace(builder.Host) ? "is neither 'sqlite' nor a PostgreSQL connection string with a Host" : null;
        }
        catch (ArgumentException e)
        {
            return $"is neither 'sqlite' nor a PostgreSQL connection string ({e.Message})";
        }
    }

    /// <summary>The history the setting names; the SQLite file goes into <paramref name="stateDirectory"/>.</summary>
    public static IRunHistory Open(string? setting, string stateDirectory)
    {
        if (IsSqlite(setting))
        {
            Directory.CreateDirectory(stateDirectory);
            var cs = new SqliteConnectionStringBuilder { DataSource = Path.Combine(stateDirectory, SqliteFile), Pooling = false }.ToString();
            return new SqlRunHistory(() => new SqliteConnection(cs), SqlDialect.Sqlite);
        }
        return new SqlRunHistory(() => new NpgsqlConnection(setting), SqlDialect.Postgres);
    }

    /// <summary>What the setting names, without secrets: <c>sqlite (path)</c> or <c>postgresql host/database</c>.</summary>
    public static string Describe(string? setting, string stateDirectory)
    {
        if (IsSqlite(setting))
        {
            return $"sqlite ({Path.Combine(stateDirectory, SqliteFile)})";
        }
        var b = new NpgsqlConnectionStringBuilder(setting);
        return $"postgresql {b.Host}:{b.Port}/{b.Database}";
    }
}
