using System.Globalization;
using System.Text;

namespace HotAudit.Bench.Scenarios.Operator;

/// <summary>The operation log as the platform exports it: one CSV in time order, UTF-8, local times without offset.</summary>
internal static class OperationsWriter
{
    private static readonly string[] Header =
    [
        "ts", "op_id", "operator", "role", "action", "app_id", "app_version", "patch_id", "patch_version", "patch_hash",
        "content", "approval_id", "result", "distribution", "signature", "signature_alg", "key_id",
    ];

    private static readonly HashSet<string> Approvals = ["approval_request", "approve", "publish"];

    public static int Write(string dir, OperatorWorld world, IReadOnlyList<OpRow> rows, PatchFacts patches)
    {
        using var writer = new StreamWriter(Path.Combine(dir, "operations.csv"), false, new UTF8Encoding(false)) { NewLine = "\n" };
        writer.WriteLine(string.Join(',', Header));
        for (var i = 0; i < rows.Count; i++)
            writer.WriteLine(string.Join(',', Values(world, rows[i], i + 1, patches).Select(Escape)));
        return rows.Count;
    }

    private static string?[] Values(OperatorWorld world, OpRow row, int n, PatchFacts patches)
    {
        var app = row.App >= 0 ? world.Apps[row.App] : null;
        var version = row.Version >= 0 ? world.Versions[row.Version] : null;
        var patch = row.Patch;
        var publish = row.Action == "publish";
        return
        [
            row.Local.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture), $"op{n:D6}", row.Operator, row.Role,
            row.Action, app?.AppId, version?.Name,
            patch is null ? null : patches.Id(patch.Version, patch.Number),
            patch?.Number.ToString(CultureInfo.InvariantCulture),
            patch is null ? null : patches.Hash(patch.Version, patch.Number),
            row.Action is "patch_upload" or "publish" ? patch?.Content : null,
            patch is not null && Approvals.Contains(row.Action) ? $"AP-{patch.Serial:D5}" : null,
            row.Result, publish ? "full" : null,
            publish ? patches.Signature(patch!.Version, patch.Number) : null,
            publish ? app!.SignatureAlg : null,
            publish ? $"{app!.AppId.Split('.')[^1]}-2026" : null,
        ];
    }

    private static string Escape(string? value) =>
        value is null ? "" : value.IndexOfAny([',', '"', '\n', '\r']) < 0 ? value : "\"" + value.Replace("\"", "\"\"") + "\"";
}
