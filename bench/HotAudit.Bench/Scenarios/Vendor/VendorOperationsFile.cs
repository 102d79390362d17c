using System.Globalization;
using System.Text;

namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>The operation log (CSV, local times with their offset, in time order) and the roster of accounts.</summary>
internal static class VendorOperationsFile
{
    public static void Write(string path, string rosterPath, VendorWorld world, IReadOnlyList<VendorOp> ops)
    {
        var text = new StringBuilder("ts,op_id,operator,role,action,app_id,app_version,patch_id,patch_version,patch_hash,content,approval_id,result,distribution,condition,signature_alg,key_id\n");
        var n = 0;
        foreach (var op in ops.Where(o => o.Written(world.Calendar)).OrderBy(o => o.At))
        {
            var ts = VendorExport.Local(world.Calendar, op.At).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+08:00";
            string?[] fields =
            [
                ts, $"op-{++n:D5}", op.Operator, op.Role, op.Action, op.App.Id, op.Version?.Name, op.Patch?.Id,
                op.Patch?.Number.ToString(CultureInfo.InvariantCulture), op.Action == "patch_upload" ? op.Patch?.Hash : null, op.Content,
                op.ApprovalId, op.Result, op.Distribution, op.MinOs > 0 ? $"os_version >= {op.MinOs}" : null,
                op.Action == "publish" ? "ECDSA-P256-SHA256" : null, op.KeyId,
            ];
            text.Append(string.Join(',', fields.Select(Quote))).Append('\n');
        }
        File.WriteAllText(path, text.ToString(), new UTF8Encoding(false));
        var roster = new StringBuilder("operator,role,permissions,valid_from,valid_to\n");
        foreach (var account in world.Operators().Order(StringComparer.Ordinal))
        {
            var role = world.RoleOf(account);
            var permissions = role switch
            {
                "admin" => "admin", "security" => "review", "lead" => "approve;rollback", "release" => "publish",
                "oncall" => "rollback", _ => "upload;publish",
            };
            roster.Append(CultureInfo.InvariantCulture, $"{account},{role},{permissions},{world.Calendar.Start.AddDays(-200):yyyy-MM-dd},\n");
        }
        File.WriteAllText(rosterPath, roster.ToString(), new UTF8Encoding(false));
    }

    private static string Quote(string? value) => value is null ? ""
        : value.Contains(',', StringComparison.Ordinal) || value.Contains('"', StringComparison.Ordinal) ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;
}
