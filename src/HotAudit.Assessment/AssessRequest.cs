using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using HotAudit.Core.Assessment;
using HotAudit.Core.Findings;
using HotAudit.Core.Rules;
using HotAudit.Core.Time;

namespace HotAudit.Assessment;

/// <summary>
/// What an assessment is asked to do: the one definition of every option of <c>hotaudit assess</c>, filled from the
/// command line, the worker's settings or a test, then validated. A cluster run carries it as it is
/// (<see cref="ToJson"/>, <see cref="FromJson"/>): an option added here reaches the workers with no change elsewhere.
/// Only the hosted worker's state kept from earlier runs (marked <see cref="JsonIgnoreAttribute"/>) stays local.
/// </summary>
public sealed record AssessRequest
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    private readonly IReadOnlyDictionary<string, string> _set = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The case folder.</summary>
    public required string CaseDirectory { get; init; }

    /// <summary>Where the reports go (<c>--out</c>); null for <c>CASE_DIR/hotaudit-out</c>.</summary>
    public string? Out { get; init; }

    /// <summary><c>--scenario</c>; null for the case file's.</summary>
    public Scenario? Scenario { get; init; }

    /// <summary>The report formats asked for (<c>--format</c>); findings.json is written whatever they are.</summary>
    public IReadOnlyList<string> Formats { get; init; } = ["xlsx", "json"];

    /// <summary>The lowest severity that makes the exit code 1 (<c>--fail-on</c>); null for none.</summary>
    public Severity? FailOn { get; init; } = Severity.High;

    /// <summary>The rule pack folders (<c>--rules</c>).</summary>
    public IReadOnlyList<string> RuleFolders { get; init; } = [];

    /// <summary>Rule parameter overrides (<c>--set RULE.param=value</c>), keys compared ignoring case.</summary>
    public IReadOnlyDictionary<string, string> Set
    {
        get => _set;
        init => _set = new Dictionary<string, string>(value, StringComparer.OrdinalIgnoreCase);
    }

    /// <summary><c>--tz</c>; null for the case file's (or +08:00).</summary>
    public TimeSpan? Offset { get; init; }

    /// <summary><c>--since</c>, as given.</summary>
    public string? Since { get; init; }

    /// <summary><c>--until</c>, as given.</summary>
    public string? Until { get; init; }

    /// <summary>The report language first shown (<c>--lang</c>): zh-CN or en.</summary>
    public string Lang { get; init; } = "zh-CN";

    /// <summary>Evidence rows kept per finding (<c>--evidence</c>).</summary>
    public int EvidenceCap { get; init; } = 20;

    /// <summary>The <c>--mapping</c>: a shipped mapping's name or a mapping file; null for the case's own.</summary>
    public string? Mapping { get; init; }

    /// <summary>The waiver file (<c>--waivers</c>), if any.</summary>
    public string? Waivers { get; init; }

    /// <summary>The previous run's findings.json (<c>--baseline</c>); without it, one already in the out folder is used.</summary>
    public string? Baseline { get; init; }

    /// <summary>The command line as the reports show it.</summary>
    public string CommandLine { get; init; } = "";

    /// <summary>The anomaly monitor's days from earlier runs of the case (the worker's kept state); null judges the case against itself.</summary>
    [JsonIgnore]
    public HotAudit.Anomalies.Memory.MonitorMemory? KeptMonitor { get; init; }

    /// <summary>
    /// Cores the run uses at once on this machine (telemetry chunks read, partitions evaluated); null for every core.
    /// The worker's stream evaluations leave a core to the ingest API this way.
    /// </summary>
    [JsonIgnore]
    public int? Parallelism { get; init; }

    /// <summary>Caps on the case file's read limits (the worker's settings): a case cannot raise its own limits past them.</summary>
    [JsonIgnore]
    public HotAudit.Ingestion.ReadLimits? LimitCaps { get; init; }

    /// <summary>
    /// Findings of the previous run of the same case, from the run history (the hosted worker); when set, they are the
    /// baseline instead of <see cref="Baseline"/> or a findings.json in the out folder.
    /// </summary>
    [JsonIgnore]
    public IReadOnlyList<PreviousFinding>? PreviousRun { get; init; }

    /// <summary>The folder the reports go to.</summary>
    public string OutDirectory => Out ?? Path.Combine(CaseDirectory, "hotaudit-out");

    /// <summary>Problems with the options, each a sentence; empty when they are usable.</summary>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        foreach (var f in Formats.Where(f => !ReportFormatNames.Contains(f)))
        {
            problems.Add($"--format: unknown format '{f}' (known: {string.Join(", ", ReportFormatNames)})");
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
            if (value is not null && !Timestamps.TryParse(value, Offset ?? Timestamps.DefaultOffset, out _, out var error))
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

    /// <summary>
    /// The request as another machine reads it: every path absolute (workers have other working folders; the case
    /// folder must be readable at the same path on every worker).
    /// </summary>
    public AssessRequest WithAbsolutePaths() => this with
    {
        CaseDirectory = Path.GetFullPath(CaseDirectory),
        Out = Absolute(Out),
        RuleFolders = [.. RuleFolders.Select(Path.GetFullPath)],
        Mapping = Mapping is { } m && !HotAudit.Ingestion.MappingNames.IsShipped(m) ? Path.GetFullPath(m.Trim()) : Mapping,
        Waivers = Absolute(Waivers),
        Baseline = Absolute(Baseline),
    };

    /// <summary>The request as JSON, every option in it (the worker-only state left out).</summary>
    public string ToJson() => JsonSerializer.Serialize(this, Json);

    /// <summary>Reads a request written by <see cref="ToJson"/>.</summary>
    /// <exception cref="JsonException">Not a request written by this version.</exception>
    public static AssessRequest FromJson(string json) => JsonSerializer.Deserialize<AssessRequest>(json, Json) ?? throw new JsonException("no request");

    /// <summary>Parses <c>RULE.param=value</c> pairs.</summary>
    public static Dictionary<string, string> ParseSet(IEnumerable<string> pairs) =>
        pairs.Select(p => p.Split('=', 2)).ToDictionary(p => p[0].Trim(), p => p.Length > 1 ? p[1].Trim() : "", StringComparer.OrdinalIgnoreCase);

    /// <summary>Parses a severity name or <c>none</c> (null).</summary>
    public static Severity? ParseFailOn(string text) =>
        text.Equals("none", StringComparison.OrdinalIgnoreCase) ? null : Enum.Parse<Severity>(text, ignoreCase: true);

    /// <summary>Reads an offset option.</summary>
    /// <exception cref="FormatException">Not an offset such as +08:00.</exception>
    public static TimeSpan? ParseOffset(string? text) =>
        text is null ? null : Timestamps.TryParseOffset(text, out var o) ? o : throw new FormatException($"--tz: '{text}' is not an offset such as +08:00");

    /// <inheritdoc/>
    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"assess {CaseDirectory}");

    private static IReadOnlyList<string> ReportFormatNames => HotAudit.Reporting.ReportFormats.Names;

    private static string? Absolute(string? path) => path is null ? null : Path.GetFullPath(path);
}
