namespace HotAudit.History;

/// <summary>What differs between the databases the history can live in: only how a table numbers its rows.</summary>
/// <param name="Name">sqlite or postgresql, for messages.</param>
/// <param name="IdentityColumn">The column definition of an auto-numbered primary key.</param>
/// <param name="Preamble">Statements run once before the tables are created (e.g. SQLite's WAL journal).</param>
internal sealed record SqlDialect(string Name, string IdentityColumn, string Preamble)
{
    public static SqlDialect Sqlite { get; } = new("sqlite", "id INTEGER PRIMARY KEY AUTOINCREMENT", "PRAGMA journal_mode=WAL;");

    public static SqlDialect Postgres { get; } = new("postgresql", "id BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY", "");
}
