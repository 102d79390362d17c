using System.Data.Common;

namespace HotAudit.History;

/// <summary>Builds parameterised commands the same way for every ADO.NET provider.</summary>
internal static class DbCommands
{
    public static DbCommand Create(DbConnection connection, string sql, DbTransaction? transaction, params (string Name, object Value)[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        command.Transaction = transaction;
        foreach (var (name, value) in parameters)
        {
            var p = command.CreateParameter();
            p.ParameterName = name;
            p.Value = value;
            command.Parameters.Add(p);
        }
        return command;
    }
}
