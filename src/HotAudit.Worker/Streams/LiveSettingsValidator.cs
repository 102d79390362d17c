using HotAudit.Core.Contract;
using HotAudit.Ingestion;
using Microsoft.Extensions.Options;

namespace HotAudit.Worker.Streams;

/// <summary>
/// Checks the live path's settings at start; each failure names the setting (<c>Streams:0:Reference</c>) and why. Streams
/// need the web server (<c>Web:Url</c>) they are posted to and a write token (<c>Ingest:Token</c>).
/// </summary>
/// <param name="webUrl">The configured <c>Web:Url</c>, if any.</param>
internal sealed class LiveSettingsValidator(string? webUrl) : IValidateOptions<LiveSettings>
{
    public ValidateOptionsResult Validate(string? name, LiveSettings options)
    {
        var problems = new List<string>();
        if (options.Ingest.MaxBody <= 0)
        {
            problems.Add($"Ingest:MaxBody must be positive, not {options.Ingest.MaxBody}");
        }
        if (options.Retention <= TimeSpan.Zero)
        {
            problems.Add($"Retention must be positive, not {options.Retention}");
        }
        if (options.Alerts.Enabled && !IsHttpUrl(options.Alerts.Webhook!))
        {
            problems.Add($"Alerts:Webhook '{options.Alerts.Webhook}' is not an absolute http:// or https:// URL");
        }
        if (options.Enabled && string.IsNullOrWhiteSpace(webUrl))
        {
            problems.Add("Streams need Web:Url: events are posted to the worker's web server (set Web:Url, e.g. http://127.0.0.1:8080)");
        }
        if (options.Enabled && string.IsNullOrWhiteSpace(options.Ingest.Token))
        {
            problems.Add("Streams need Ingest:Token (HOTAUDIT__INGEST__TOKEN): every write must send it as Authorization: Bearer TOKEN");
        }
        for (var i = 0; i < options.Streams.Count; i++)
        {
            problems.AddRange(StreamProblems($"Streams:{i}", options.Streams[i]));
        }
        foreach (var duplicate in options.Streams.GroupBy(s => s.Name, StringComparer.OrdinalIgnoreCase).Where(g => g.Count() > 1))
        {
            problems.Add($"Streams: the name '{LogText.Escape(duplicate.Key)}' is used {duplicate.Count()} times");
        }
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    private static bool IsHttpUrl(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);

    private static IEnumerable<string> StreamProblems(string key, StreamSettings s)
    {
        if (CaseNames.Problem(s.Name) is { } name)
        {
            yield return $"{key}:Name must be usable as a folder name ('{LogText.Escape(s.Name)}'): {name}";
        }
        else if (s.Name.Any(c => !char.IsAsciiLetterOrDigit(c) && c is not ('-' or '_' or '.')))
        {
            yield return $"{key}:Name '{LogText.Escape(s.Name)}' may hold ASCII letters, digits, '-', '_' and '.' only (it is part of the URL)";
        }
        if (s.Scenario is { Length: > 0 } scenario && scenario is not ("internal" or "external"))
        {
            yield return $"{key}:Scenario must be internal or external, not '{LogText.Escape(scenario)}'";
        }
        if (s.LastDays < 1)
        {
            yield return $"{key}:LastDays must be at least 1, not {s.LastDays}";
        }
        if (s.Interval <= TimeSpan.Zero)
        {
            yield return $"{key}:Interval must be positive, not {s.Interval}";
        }
        if (string.IsNullOrWhiteSpace(s.Reference) || !Directory.Exists(s.Reference))
        {
            yield return $"{key}:Reference '{LogText.Escape(s.Reference)}' is not an existing folder";
            yield break;
        }
        if (ReferenceProblem(s) is { } reference)
        {
            yield return $"{key}:Reference '{LogText.Escape(s.Reference)}' {reference}";
        }
    }

    /// <summary>The reference case cannot be read (case file, mapping) or holds event logs, which come from the stream.</summary>
    private static string? ReferenceProblem(StreamSettings s)
    {
        try
        {
            var manifest = CaseDiscovery.Discover(s.Reference, string.IsNullOrWhiteSpace(s.Mapping) ? null : s.Mapping);
            var logs = manifest.Files.Where(f => f.Key.IsEventLog()).SelectMany(f => f.Value).Select(Path.GetFileName).ToList();
            return logs.Count == 0 ? null
                : $"holds event logs ({string.Join(", ", logs)}): a stream's telemetry and operation log come from the ingest API only";
        }
        catch (CaseInputException e)
        {
            return $"cannot be read: {e.Message}";
        }
    }
}
