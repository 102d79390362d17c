namespace HotAudit.Core.Rules;

/// <summary>Text in Chinese and English.</summary>
public sealed record LocalizedText(string Zh, string En)
{
    /// <summary>The text for a language tag (zh-CN or en).</summary>
    public string For(string lang) => lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? Zh : En;

    /// <summary>Both, as "zh / en".</summary>
    public string Both => $"{Zh} / {En}";
}
