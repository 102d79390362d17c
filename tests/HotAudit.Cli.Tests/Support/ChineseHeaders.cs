namespace HotAudit.Cli.Tests.Support;

/// <summary>The Chinese header aliases of DATA-CONTRACT.md, canonical name → alias (columns without one keep their name).</summary>
internal static class ChineseHeaders
{
    private static readonly Dictionary<string, string> Aliases = new()
    {
        ["ts"] = "时间", ["event_id"] = "事件ID", ["app_id"] = "应用ID", ["app_version"] = "应用版本", ["platform"] = "平台",
        ["device_id"] = "设备ID", ["event"] = "事件", ["patch_id"] = "补丁ID", ["patch_version"] = "补丁版本",
        ["patch_hash"] = "补丁哈希", ["app_state"] = "前后台", ["user_initiated"] = "用户触发", ["install_mode"] = "安装方式",
        ["transport"] = "传输协议", ["tls_version"] = "TLS版本", ["signature_present"] = "有签名", ["signature_alg"] = "签名算法",
        ["error_code"] = "错误码", ["op_id"] = "操作ID", ["operator"] = "操作人员", ["role"] = "角色", ["action"] = "操作",
        ["content"] = "更新内容", ["approval_id"] = "审批单号", ["result"] = "结果", ["distribution"] = "下发方式",
        ["condition"] = "下发条件", ["signature"] = "签名", ["key_id"] = "密钥ID",
    };

    public static string For(string canonical) => Aliases.GetValueOrDefault(canonical, canonical);
}
