using System.Globalization;
using System.Text;

namespace HotAudit.Bench.Scenarios.Harbor;

/// <summary>
/// The operation log as two exports — the console's CSV (Chinese headers, local time) and the API's JSON Lines (the CI
/// bots and the +01:00 team, with their offsets), 1.5 % of console rows exported again by the API log — and the case
/// file and the tenants register.
/// </summary>
internal static class HarborCaseWriter
{
    private static readonly string[] ConsoleHeader =
        ["时间", "操作ID", "操作人员", "角色", "操作", "应用ID", "应用版本", "补丁ID", "补丁版本", "补丁哈希", "更新内容", "审批单号", "结果", "下发方式", "下发条件", "签名", "签名算法", "密钥ID", "客户ID"];
    private static readonly string[] ApiNames =
        ["op_id", "operator", "role", "action", "app_id", "app_version", "patch_id", "patch_version", "patch_hash", "content", "approval_id", "result", "distribution", "condition", "signature", "signature_alg", "key_id", "tenant_id"];

    public static int Write(string dir, int seed, HarborWorld w)
    {
        var ops = w.Ops.OrderBy(o => o.T).ThenBy(o => o.Operator, StringComparer.Ordinal).ToList();
        for (var i = 0; i < ops.Count; i++)
        {
            ops[i].Id = string.Create(CultureInfo.InvariantCulture, $"op-{i + 1:D6}");
        }
        var rows = 0;
        using (var console = new StreamWriter(Path.Combine(dir, "operations-console.csv"), false, new UTF8Encoding(false)) { NewLine = "\n" })
        using (var api = new StreamWriter(Path.Combine(dir, "operations-api.jsonl"), false, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            console.WriteLine(string.Join(',', ConsoleHeader));
            foreach (var op in ops)
            {
                var f = Fields(w, op);
                if (op.Api)
                {
                    api.WriteLine(Json(op, f));
                    rows++;
                    continue;
                }
                var ts = DateTimeOffset.FromUnixTimeMilliseconds(op.T).ToOffset(HarborCalendar.Offset).ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
                console.WriteLine(string.Join(',', new[] { ts }.Concat(f).Select(Quote)));
                rows++;
                if (w.Rng.NextDouble() < 0.015)
                {
                    api.WriteLine(Json(op, f));
                    rows++;
                }
            }
        }
        File.WriteAllText(Path.Combine(dir, "hotaudit.case.yaml"), string.Create(CultureInfo.InvariantCulture,
            $"case: HARBOR-{seed:D3}\nscenario: external\ntz: \"+08:00\"\n"));
        var tenants = new StringBuilder("tenant_id,app_ids,qualification_reviewed_at,qualification_result,guide_delivered_at,contract_signed_at,contract_expires_at,consent_component\n");
        foreach (var group in w.Apps.GroupBy(a => a.Tenant))
        {
            tenants.Append(CultureInfo.InvariantCulture, $"{group.Key},{string.Join(';', group.Select(a => a.Id))},2025-11-03,pass,2025-11-20,2025-12-01,2027-11-30,true\n");
        }
        File.WriteAllText(Path.Combine(dir, "tenants.csv"), tenants.ToString());
        return rows;
    }

    /// <summary>The fields after ts in the console's column order (op_id first), absent ones empty.</summary>
    private static string[] Fields(HarborWorld w, HarborOp op)
    {
        var app = op.App >= 0 ? w.Apps[op.App] : null;
        var patch = op.Patch >= 0 ? w.Patches[op.Patch] : null;
        var publish = op.Action == "publish";
        return
        [
            op.Id, op.Operator, op.Role, op.Action, app?.Id ?? "", op.Version >= 0 ? w.Versions[op.Version].Name : "",
            patch?.Id ?? "", patch?.Number.ToString(CultureInfo.InvariantCulture) ?? "", publish || op.Action == "patch_upload" ? patch?.Hash ?? "" : "",
            op.Content ?? "", op.Approval ?? "", op.Result ?? "", op.Distribution ?? "", op.Condition ?? "",
            publish && patch is not null ? Convert.ToBase64String(Convert.FromHexString(patch.Hash)) : "", publish && patch is not null ? patch.Alg : "",
            publish && app is not null ? app.Tenant.ToLowerInvariant() + "-k1" : "", app?.Tenant ?? "",
        ];
    }

    private static string Quote(string value) =>
        value.IndexOfAny([',', '"', '\n']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : value;

    private static string Json(HarborOp op, string[] f)
    {
        var ts = DateTimeOffset.FromUnixTimeMilliseconds(op.T).ToOffset(TimeSpan.FromMinutes(op.OffsetMinutes)).ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture);
        var s = new StringBuilder("{\"ts\":\"").Append(ts).Append('"');
        for (var i = 0; i < ApiNames.Length; i++)
        {
            if (f[i].Length > 0)
            {
                s.Append(",\"").Append(ApiNames[i]).Append("\":\"").Append(f[i].Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
            }
        }
        return s.Append('}').ToString();
    }
}
