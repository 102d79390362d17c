using System.Text.Json;
using System.Text.Json.Serialization;
using HotAudit.Cli.Assessing;

namespace HotAudit.Cli.Clustering;

/// <summary>
/// The assessment's options as they travel to the cluster: every path absolute (workers have other working folders;
/// the case folder must be readable at the same path on every worker), the worker-only state left out.
/// </summary>
internal static class ClusterOptions
{
    private static readonly JsonSerializerOptions Json = new() { DefaultIgnoreCondition = JsonIgnoreCondition.Never };

    /// <summary>The options with absolute paths, as JSON.</summary>
    public static string Write(AssessOptions options)
    {
        var copy = new AssessOptions
        {
            CaseDirectory = Path.GetFullPath(options.CaseDirectory),
            Out = Absolute(options.Out),
            Scenario = options.Scenario,
            Formats = options.Formats,
            FailOn = options.FailOn,
            RuleFolders = [.. options.RuleFolders.Select(Path.GetFullPath)],
            Set = options.Set,
            Offset = options.Offset,
            Since = options.Since,
            Until = options.Until,
            Lang = options.Lang,
            EvidenceCap = options.EvidenceCap,
            Mapping = options.Mapping is { } m && !Ingestion.MappingNames.IsShipped(m) ? Path.GetFullPath(m.Trim()) : options.Mapping,
            Waivers = Absolute(options.Waivers),
            Baseline = Absolute(options.Baseline),
            CommandLine = options.CommandLine,
        };
        return JsonSerializer.Serialize(Wire.From(copy), Json);
    }

    /// <summary>Reads options written by <see cref="Write"/>.</summary>
    /// <exception cref="JsonException">Not options written by this version.</exception>
    public static AssessOptions Read(string json) => (JsonSerializer.Deserialize<Wire>(json, Json) ?? throw new JsonException("no options")).ToOptions();

    private static string? Absolute(string? path) => path is null ? null : Path.GetFullPath(path);

    private sealed record Wire(
        string CaseDirectory, string? Out, Core.Assessment.Scenario? Scenario, List<string> Formats, Core.Rules.Severity? FailOn,
        List<string> RuleFolders, Dictionary<string, string> Set, TimeSpan? Offset, string? Since, string? Until, string Lang, int EvidenceCap,
        string? Mapping, string? Waivers, string? Baseline, string CommandLine)
    {
        public static Wire From(AssessOptions o) => new(o.CaseDirectory, o.Out, o.Scenario, [.. o.Formats], o.FailOn, [.. o.RuleFolders], new Dictionary<string, string>(o.Set), o.Offset,
                o.Since, o.Until, o.Lang, o.EvidenceCap, o.Mapping, o.Waivers, o.Baseline, o.CommandLine);

        public AssessOptions ToOptions() => new()
        {
            CaseDirectory = CaseDirectory, Out = Out, Scenario = Scenario, Formats = Formats, FailOn = FailOn, RuleFolders = RuleFolders,
            Set = new Dictionary<string, string>(Set, StringComparer.OrdinalIgnoreCase), Offset = Offset, Since = Since, Until = Until, Lang = Lang,
            EvidenceCap = EvidenceCap, Mapping = Mapping, Waivers = Waivers, Baseline = Baseline, CommandLine = CommandLine,
        };
    }
}
