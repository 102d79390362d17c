namespace HotAudit.Cli.Tests.Support;

/// <summary>The subject keys RULES.md names for each rule, in table order (the same table as conformance/score.py).</summary>
internal static class SubjectKeys
{
    private static readonly string[] AppVersionPatch = ["app_id", "app_version", "patch_id"];
    private static readonly string[] AppPatch = ["app_id", "patch_id"];
    private static readonly string[] AppVersion = ["app_id", "app_version"];
    private static readonly string[] App = ["app_id"];

    private static readonly Dictionary<string, string[]> ByRule = new()
    {
        ["HU-SIL-01"] = AppVersionPatch, ["HU-CON-01"] = App, ["HU-CON-02"] = App,
        ["HU-FRQ-01"] = AppVersion, ["HU-FRQ-02"] = App, ["HU-FRQ-03"] = App, ["HU-FRQ-04"] = AppVersion,
        ["HU-FRQ-05"] = AppVersionPatch, ["HU-ANM-01"] = ["app_id", "app_version", "day"],
        ["HU-SIG-01"] = AppPatch, ["HU-SIG-02"] = AppPatch, ["HU-SIG-03"] = AppPatch, ["HU-SIG-04"] = AppVersionPatch,
        ["HU-SIG-05"] = AppVersionPatch, ["HU-SIG-06"] = AppPatch, ["HU-SIG-07"] = AppPatch,
        ["HU-TLS-01"] = AppVersion, ["HU-TLS-02"] = AppVersion, ["HU-TLS-03"] = AppVersion,
        ["HU-GOV-01"] = ["operator", "action", "patch_id"], ["HU-GOV-02"] = AppPatch, ["HU-GOV-03"] = AppPatch,
        ["HU-GOV-04"] = AppPatch, ["HU-GOV-05"] = AppPatch, ["HU-GOV-06"] = ["scope"],
        ["HU-LOG-01"] = ["file"], ["HU-LOG-02"] = ["scope"],
        ["HU-DST-01"] = AppPatch, ["HU-DST-02"] = AppPatch, ["HU-DST-03"] = AppPatch, ["HU-DST-04"] = AppPatch,
        ["HU-EXT-01"] = ["tenant_id"], ["HU-EXT-02"] = ["tenant_id"], ["HU-EXT-03"] = ["tenant_id"],
        ["HU-EXT-04"] = ["tenant_id"], ["HU-VUL-01"] = ["vuln_id"], ["HU-VUL-02"] = ["vuln_id"],
        ["SCD-01"] = ["app_name", "app_version", "signer"], ["SCD-02"] = ["app_name", "app_version", "signer"],
        ["SCD-03"] = ["app_name", "app_version", "signer"], ["SCD-04"] = ["app_name", "app_version"],
    };

    /// <summary>The keys of <paramref name="ruleId"/>, or null for a rule RULES.md does not define.</summary>
    public static IReadOnlyList<string>? For(string ruleId) => ByRule.GetValueOrDefault(ruleId);

    /// <summary>A subject value as compared: trimmed; a file by base name; a scope not compared; a day by its date.</summary>
    public static string Normalize(string key, string? value)
    {
        var s = (value ?? string.Empty).Trim();
        return key switch
        {
            "file" => s.Replace('\\', '/').Split('/')[^1],
            "scope" => "*",
            "day" => s.Length > 10 ? s[..10] : s,
            _ => s,
        };
    }

    /// <summary>
    /// One line per finding, e.g. <c>HU-SIL-01 app_id=com.a app_version=5.2.0 patch_id=p1 → 2</c>: the rule's keys in
    /// RULES.md order; a subject with other keys shows them all, sorted, so the difference is visible.
    /// </summary>
    public static string Render(string ruleId, IReadOnlyDictionary<string, string> subject, int count)
    {
        var keys = For(ruleId);
        IEnumerable<string> shown = keys is not null && subject.Keys.ToHashSet().SetEquals(keys) ? keys : subject.Keys.Order(StringComparer.Ordinal);
        var parts = shown.Select(k => $"{k}={Normalize(k, subject.GetValueOrDefault(k))}");
        return $"{ruleId} {string.Join(' ', parts)} → {count}";
    }
}
