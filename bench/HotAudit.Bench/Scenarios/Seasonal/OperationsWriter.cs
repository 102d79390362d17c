using System.Globalization;
using System.Text;

namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>
/// Writes the operation log as the platform's console exports it: one CSV, UTF-8 with BOM, the contract's Chinese
/// headers, rows in time order with an id each, publishes signed (RSA-SHA256, the platform's key).
/// </summary>
internal static class OperationsWriter
{
    private static readonly string[] Headers =
        ["时间", "操作ID", "操作人员", "角色", "操作", "应用ID", "应用版本", "补丁ID", "补丁版本", "补丁哈希", "更新内容", "审批单号", "结果", "下发方式", "下发条件", "签名", "签名算法", "密钥ID"];

    public static void Write(string dir, SeasonalWorld world, OperationLog log)
    {
        using var writer = new StreamWriter(Path.Combine(dir, "operations.csv"), false, new UTF8Encoding(true)) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', Headers));
        var number = 0;
        foreach (var row in log.Rows.OrderBy(r => r.Ticks))
        {
            string?[] values =
            [
                new DateTime(row.Ticks).ToString("yyyy-MM-dd'T'HH:mm:ss", CultureInfo.InvariantCulture) + "+08:00",
                string.Create(CultureInfo.InvariantCulture, $"OP{world.Seed:x}-{++number:D6}"),
                row.Operator, row.Role, row.Action, row.App?.Id, row.Version?.Name, row.Patch?.Id,
                row.Patch is null ? null : DeviceTraits.Number(row.Patch.Number), row.Patch?.Hash,
                row.Content, row.ApprovalId, row.Result, row.Distribution, row.Condition,
                row.Signed ? row.Patch!.Signature : null, row.Signed ? "RSA-SHA256" : null, row.Signed ? "platform-rsa-2026" : null,
            ];
            writer.WriteLine(string.Join(',', values.Select(Quote)));
        }
    }

    private static string Quote(string? value) =>
        value is null ? string.Empty
        : value.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
        : value;
}
