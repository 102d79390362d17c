namespace HotAudit.Core.Contract;

/// <summary>
/// Header names other than the canonical ones. Every alias maps to its canonical name in every file kind
/// (DATA-CONTRACT.md: e.g. <c>应用ID</c> in the operation log too).
/// </summary>
public static class HeaderAliases
{
    private static readonly Dictionary<string, string> Map = new(StringComparer.OrdinalIgnoreCase)
    {
        ["时间"] = "ts", ["事件ID"] = "event_id", ["应用ID"] = "app_id", ["appKey"] = "app_id", ["应用版本"] = "app_version",
        ["平台"] = "platform", ["设备ID"] = "device_id", ["SDK版本"] = "sdk_version", ["事件"] = "event", ["补丁ID"] = "patch_id",
        ["补丁版本"] = "patch_version", ["补丁哈希"] = "patch_hash", ["前后台"] = "app_state", ["用户触发"] = "user_initiated",
        ["安装方式"] = "install_mode", ["传输协议"] = "transport", ["TLS版本"] = "tls_version", ["有签名"] = "signature_present",
        ["签名算法"] = "signature_alg", ["错误码"] = "error_code", ["系统版本"] = "os_version", ["属性"] = "attrs",
        ["操作ID"] = "op_id", ["操作人员"] = "operator", ["角色"] = "role", ["操作"] = "action", ["更新内容"] = "content",
        ["审批单号"] = "approval_id", ["结果"] = "result", ["下发方式"] = "distribution", ["下发条件"] = "condition",
        ["签名"] = "signature", ["密钥ID"] = "key_id", ["客户ID"] = "tenant_id",
    };

    /// <summary>The canonical name of a header: its alias target, else the header itself, trimmed.</summary>
    public static string Canonical(string header)
    {
        var h = header.Trim().TrimStart('\uFEFF');
        return Map.TryGetValue(h, out var canonical) ? canonical : h;
    }
}
