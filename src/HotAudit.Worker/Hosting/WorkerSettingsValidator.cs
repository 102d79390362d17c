using HotAudit.History;
using HotAudit.Reporting;
using Microsoft.Extensions.Options;

namespace HotAudit.Worker;

/// <summary>Checks the worker's settings at start; each failure names the setting (<c>Worker:Schedules:0:Cron</c>) and why.</summary>
/// <param name="inboxOptional">A cluster member (<c>Cluster:Redis</c> set) may run without an inbox, then without schedules.</param>
internal sealed class WorkerSettingsValidator(bool inboxOptional = false) : IValidateOptions<WorkerSettings>
{
    public ValidateOptionsResult Validate(string? name, WorkerSettings options)
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(options.Inbox) && !inboxOptional)
        {
            problems.Add("Worker:Inbox is required (--inbox, HOTAUDIT__WORKER__INBOX or Worker:Inbox in appsettings.json)");
        }
        if (string.IsNullOrWhiteSpace(options.Inbox) && inboxOptional && options.Schedules.Count > 0)
        {
            problems.Add("Worker:Schedules need Worker:Inbox: a cluster member without an inbox runs no schedules");
        }
        if (RunHistories.Problem(options.History) is { } history)
        {
            problems.Add($"Worker:History {history}");
        }
        if (options.PollInterval <= TimeSpan.Zero)
        {
            problems.Add($"Worker:PollInterval must be positive, not {options.PollInterval}");
        }
        if (options.ZipMaxBytes <= 0 || options.ZipMaxFiles <= 0 || options.ZipMaxRatio <= 0)
        {
            problems.Add("Worker:ZipMaxBytes, Worker:ZipMaxFiles and Worker:ZipMaxRatio must be positive");
        }
        if (options.MaxLineBytes <= 0 || options.MaxLineBytes > int.MaxValue - (1 << 20) || options.GzipMaxBytes <= 0 || options.GzipMaxRatio <= 0)
        {
            problems.Add("Worker:MaxLineBytes, Worker:GzipMaxBytes and Worker:GzipMaxRatio must be positive");
        }
        foreach (var format in FormatList(options).Where(f => !ReportFormats.Names.Contains(f)))
        {
            problems.Add($"Worker:Formats: unknown format '{format}' (known: {string.Join(", ", ReportFormats.Names)})");
        }
        for (var i = 0; i < options.Schedules.Count; i++)
        {
            problems.AddRange(ScheduleProblems($"Worker:Schedules:{i}", options.Schedules[i]));
        }
        foreach (var duplicate in options.Schedules.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"Worker:Schedules: the name '{duplicate.Key}' is used {duplicate.Count()} times");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    public static IReadOnlyList<string> FormatList(WorkerSettings options) =>
        [.. options.Formats.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(f => f.ToLowerInvariant())];

    private static IEnumerable<string> ScheduleProblems(string key, ScheduleSettings s)
    {
        if (CaseNames.Problem(s.Name) is { } name)
        {
            yield return $"{key}:Name must be usable as a folder name ('{LogText.Escape(s.Name)}'): {name}";
        }
        if (ScheduleParsing.TryCron(s.Cron, out _) is { } cron)
        {
            yield return $"{key}:Cron '{s.Cron}' is not a cron expression: {cron}";
        }
        if (ScheduleParsing.TryZone(s.TimeZone, out _) is { } zone)
        {
            yield return $"{key}:TimeZone '{s.TimeZone}' {zone}";
        }
        if (string.IsNullOrWhiteSpace(s.Case) || !Directory.Exists(s.Case))
        {
            yield return $"{key}:Case '{s.Case}' is not an existing folder";
        }
        if (s.LastDays is < 1)
        {
            yield return $"{key}:LastDays must be at least 1, not {s.LastDays}";
        }
    }
}
