using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace HotAudit.Bench.Scenarios.Meridian;

/// <summary>
/// Writes the operation log as Meridian exports it: the console's export (UTF-8 with BOM, Chinese headers, local times,
/// grouped by app, so not in time order; one row with a result the contract does not know) and the API's JSON Lines
/// (<c>appKey</c>, UTC times with Z, in time order). A console action the API also logged appears in both with the same op_id.
/// </summary>
internal sealed class OperationWriter(IReadOnlyList<AppWorld> apps, MeridianCalendar calendar)
{
    public const string ConsoleFile = "operations-console.csv";
    public const string ApiFile = "operations-api.jsonl";

    private static readonly string[] ConsoleHeader =
    [
        "时间", "操作ID", "操作人员", "角色", "操作", "应用ID", "应用版本", "补丁ID", "补丁版本", "补丁哈希", "更新内容", "审批单号", "结果",
        "下发方式", "下发条件", "签名", "签名算法", "密钥ID", "客户ID",
    ];

    public List<MalformedRow> Malformed { get; } = [];

    public void Write(string caseDir, IReadOnlyList<Operation> operations, Random rng)
    {
        var ids = operations.Select((op, i) => (op, i)).OrderBy(p => p.op.At).ThenBy(p => p.i)
            .Select((p, n) => (p.op, Id: $"OP{n + 1:D6}")).ToList();
        var console = ids.Where(p => p.op.Export != OperationExport.Api).OrderBy(p => p.op.App).ThenBy(p => p.op.At).ToList();
        var reviews = console.Where(p => p.op.Action == "security_review" && p.op.At >= 0).ToList();
        var broken = reviews[rng.Next(reviews.Count)];
        var at = rng.Next(console.Count);
        console.Insert(at, (broken.op with { Result = "ok" }, "OPX000001"));
        Malformed.Add(new MalformedRow(ConsoleFile, at + 2, "result"));
        using (var writer = new StreamWriter(Path.Combine(caseDir, ConsoleFile), false, new UTF8Encoding(true)) { NewLine = "\r\n" })
        {
            writer.WriteLine(string.Join(',', ConsoleHeader));
            foreach (var (op, id) in console)
            {
                writer.WriteLine(CsvText.Line(
                [
                    calendar.LocalText(op.At), id, op.Operator, op.Role, op.Action, apps[op.App].Id, VersionName(op), PatchId(op),
                    op.Patch > 0 ? op.Patch.ToString(CultureInfo.InvariantCulture) : null, PatchHash(op), op.Content, op.ApprovalId,
                    op.Result, op.Distribution, op.Condition, Signature(op), op.Action == "publish" ? "ECDSA-P256-SHA256" : null, op.KeyId,
                    Tenant(op),
                ], ','));
            }
        }
        using var api = new StreamWriter(Path.Combine(caseDir, ApiFile), false, new UTF8Encoding(false)) { NewLine = "\n" };
        foreach (var (op, id) in ids.Where(p => p.op.Export != OperationExport.Console))
        {
            var json = new JsonLine().String("ts", calendar.UtcText(op.At)).String("op_id", id).String("operator", op.Operator)
                .String("role", op.Role).String("action", op.Action).String("appKey", apps[op.App].Id).String("app_version", VersionName(op))
                .String("patch_id", PatchId(op));
            if (op.Patch > 0)
            {
                json.Number("patch_version", op.Patch);
            }
            json.String("patch_hash", PatchHash(op)).String("content", op.Content).String("approval_id", op.ApprovalId).String("result", op.Result)
                .String("distribution", op.Distribution).String("condition", op.Condition).String("signature", Signature(op))
                .String("signature_alg", op.Action == "publish" ? "ECDSA-P256-SHA256" : null).String("key_id", op.KeyId).String("tenant_id", Tenant(op));
            api.WriteLine(json.ToString());
        }
    }

    /// <summary>The tenant id of an app's customer.</summary>
    public static string TenantOf(AppProfile app) => "T-" + app.Short.ToUpperInvariant();

    private string? VersionName(Operation op) => op.Version >= 0 ? apps[op.App].Versions[op.Version].Name : null;

    private string? PatchId(Operation op) => op.Patch > 0 ? apps[op.App].PatchId(op.Version, op.Patch) : null;

    private string? PatchHash(Operation op) => op.Patch > 0 && op.Action is "patch_upload" or "publish" ? apps[op.App].PatchHash(op.Version, op.Patch) : null;

    private string? Signature(Operation op) => op.Action == "publish"
        ? Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(PatchId(op) + "|" + op.KeyId)))
        : null;

    private string Tenant(Operation op) => TenantOf(apps[op.App].Profile);
}
