using System.Globalization;
using HotAudit.Core.Assessment;
using HotAudit.Core.Findings;
using HotAudit.Core.Rules;
using HotAudit.Core.Time;

namespace HotAudit.Cli.Assessing;

/// <summary>The options of <c>hotaudit assess</c> (the only mutable type of a command: filled from the command line, then validated).</summary>
internal sealed class AssessOptions
{
    public static readonly string[] KnownFormats = ["xlsx", "json", "junit", "sarif", "html"];

    public string CaseDirectory { get; set; } = "";

    public string? Out { get; set; }

    public Scenario? Scenario { get; set; }

    public IReadOnlyList<string> Formats { get; set; } = ["xlsx", "json"];

    public Severity? FailOn { get; set; } = Severity.High;

    public IReadOnlyList<string> RuleFolders { get; set; } = [];

    public IReadOnlyDictionary<string, string> Set { get; set; } = new Dictionary<string, string>();

    public TimeSpan? Offset { get; set; }

    public string? Since { get; set; }

    public string? Until { get; set; }

    public string Lang { get; set; } = "zh-CN";

    public int EvidenceCap { get; set; } = 20;

    /// <summary>The anomaly monitor's days from earlier runs of the case (the worker's kept state); null judges the case against itself.</summary>
    public HotAudit.Anomalies.Memory.MonitorMemory? KeptMonitor { get; set; }

    /// <summary>Caps on the case file's read limits (the worker's settings): a case cannot raise its own limits past them.</summary>
    public HotAudit.Ingestion.ReadLimits? LimitCaps { get; set; }

    /// <summary>The waiver file (<c>--waivers</c>), if any.</summary>
    public string? Waivers { get; set; }

    /// <summary>The previous run's findings.json (<c>--baseline</c>); without it, one already in the out folder is used.</summary>
    public string? Baseline { get; set; }

    /// <summary>
    /// Findings of the previous run of the same case, from the run history (the hosted worker); when set, they are the
    /// baseline instead of <see cref="Baseline"/> or a findings.json in the out folder.
    /// </summary>
    public IReadOnlyList<PreviousFinding>? PreviousRun { get; set; }

    public string CommandLine { get; set; } = "";

    /// <summary>The <c>--mapping</c>: a shipped mapping's name or a mapping file; null for the case's own.</summary>
    public string? Mapping { get; set; }

    /// <summary>Problems with the options, each a sentence; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        foreach (var f in Formats.Where(f => !KnownFormats.Contains(f)))
        {
            problems.Add($"--format: unknown format '{f}' (known: {string.Join(", ", KnownFormats)})");
        }
        if (Lang is not ("zh-CN" or "en"))
        {
            problems.Add($"--lang must be zh-CN or en, not '{Lang}'");
        }
        foreach (var key in Set.Keys.Where(k => !k.Contains('.', StringComparison.Ordinal)))
        {
            problems.Add($"--set: '{key}' must be RULE.param=value");
        }
        foreach (var (name, value) in new[] { ("--since", Since), ("--until", Until) })
        {
            if (value is not null && !Timestamps.TryParse(value, Offset ?? TimeSpan.FromHours(8), out _, out var error))
            {
                problems.Add($"{name}: {error}");
            }
        }
        if (EvidenceCap < 1)
        {
            problems.Add("--evidence must be at least 1");
        }
        return problems;
    }

    /// <summary>Parses <c>RULE.param=value</c> pairs.</summary>
    public static Dictionary<string, string> ParseSet(IEnumerable<string> pairs) =>
        pairs.Select(p => p.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : "", StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses a severity name or <c>none</c> (null).</summary>
    public static Severity? ParseFailOn(string text) =>
        text.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : Enum.Parse<Severity>(text, ignoreCase: true);

    /// <summary>Reads an offset option.</summary>
    public static TimeSpan? ParseOffset(string? text) =>
        text is null ? null : Timestamps.TryParseOffset(text, out var o) ? o : throw new FormatException($"--tz: '{text}' is not an offset such as +08:00");

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"assess {CaseDirectory}");
}
