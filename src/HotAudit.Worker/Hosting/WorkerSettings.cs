namespace HotAudit.Worker;

/// <summary>
/// The settings of <c>hotaudit worker</c>: section <c>Worker</c> of appsettings.json, environment variables
/// <c>HOTAUDIT__WORKER__...</c>, and the command line, the last winning. Validated at start by <see cref="WorkerSettingsValidator"/>.
/// </summary>
public sealed class WorkerSettings
{
    /// <summary>The configuration section the settings are read from.</summary>
    public const string Section = "Worker";

    /// <summary>The watched folder (<c>--inbox</c>); required.</summary>
    public string? Inbox { get; set; }

    /// <summary>Where reports go (<c>--reports</c>); default <c>&lt;inbox&gt;/../reports</c>.</summary>
    public string? Reports { get; set; }

    /// <summary>History database and work in progress (<c>--state</c>); default <c>&lt;inbox&gt;/../state</c>.</summary>
    public string? State { get; set; }

    /// <summary><c>sqlite</c> (default: a file in State) or a PostgreSQL connection string (<c>--history</c>).</summary>
    public string History { get; set; } = "sqlite";

    /// <summary>Cron schedules.</summary>
    public List<ScheduleSettings> Schedules { get; set; } = [];

    /// <summary>Log as JSON lines (<c>--json-logs</c>).</summary>
    public bool JsonLogs { get; set; }

    /// <summary>How often the inbox is looked at.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>Report formats written for each run.</summary>
    public string Formats { get; set; } = "xlsx,json";

    /// <summary>Most bytes a <c>.zip</c> case may extract to.</summary>
    public long ZipMaxBytes { get; set; } = 4L * 1024 * 1024 * 1024;

    /// <summary>Most entries a <c>.zip</c> case may hold.</summary>
    public int ZipMaxFiles { get; set; } = 10_000;

    /// <summary>Longest line of an input (a longer one is a rejected row); caps the case file's <c>limits.max_line_bytes</c>.</summary>
    public int MaxLineBytes { get; set; } = HotAudit.Ingestion.ReadLimits.Default.MaxLineBytes;

    /// <summary>Most bytes one <c>.gz</c> input may inflate to; caps <c>limits.gzip_max_bytes</c>.</summary>
    public long GzipMaxBytes { get; set; } = HotAudit.Ingestion.ReadLimits.Default.GzipMaxBytes;

    /// <summary>Most a <c>.gz</c> input may inflate relative to its compressed size; caps <c>limits.gzip_max_ratio</c>.</summary>
    public int GzipMaxRatio { get; set; } = HotAudit.Ingestion.ReadLimits.Default.GzipMaxRatio;

    /// <summary>Most a <c>.zip</c> entry may expand (uncompressed / compressed size), against zip bombs.</summary>
    public int ZipMaxRatio { get; set; } = 200;
}
