using System.Globalization;

namespace HotAudit.Bench.Scenarios.Fleet;

/// <summary>The operation log's columns and one row's values: patch, approval and signature fields where the action has them.</summary>
internal sealed class OperationColumns(FleetWorld world, PatchNaming patches)
{
    public static readonly string[] Header =
    [
        "op_id", "operator", "role", "action", "app_id", "app_version", "patch_id", "patch_version", "patch_hash",
        "content", "approval_id", "result", "distribution", "condition", "signature", "signature_alg", "key_id",
    ];

    private static readonly HashSet<string> Approved = ["approval_request", "approve", "publish"];

    /// <summary>Values in <see cref="Header"/> order (after <c>ts</c>); null = absent.</summary>
    public string?[] Values(FleetOp op, string opId)
    {
        var version = op.Version >= 0 ? world.Versions[op.Version] : null;
        var app = version is null ? null : world.AppOf(version);
        var patch = op.Patch > 0 && version is not null ? op.Patch : 0;
        var publish = op.Action == "publish";
        var gated = publish || op.Action == "targeting_change";
        return
        [
            opId, op.Operator, op.Role, op.Action, app?.AppId, version?.Name,
            patch > 0 ? patches.Id(op.Version, patch) : null,
            patch > 0 ? patch.ToString(CultureInfo.InvariantCulture) : null,
            patch > 0 && op.Action is "patch_upload" or "publish" ? patches.Hash(op.Version, patch) : null,
            op.Action is "patch_upload" or "publish" ? FleetNames.Note(patch) : null,
            patch > 0 && Approved.Contains(op.Action) ? $"AP-{op.Version:D3}-{patch:D3}" : null,
            op.Result,
            publish ? (op.Gate < 100 ? "conditional" : "full") : null,
            gated && (op.Gate < 100 || op.Action == "targeting_change") ? $"bucket < {op.Gate}" : null,
            publish ? patches.Signature(op.Version, patch) : null,
            publish ? app!.SignatureAlg : null,
            publish ? $"{app!.Short}-release-2026" : null,
        ];
    }
}
