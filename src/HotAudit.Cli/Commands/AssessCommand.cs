using System.CommandLine;
using HotAudit.Assessment;
using HotAudit.Core.Assessment;

namespace HotAudit.Cli.Commands;

/// <summary><c>hotaudit assess CASE_DIR [options]</c>: the assessment.</summary>
internal static class AssessCommand
{
    /// <summary>The command; a local run uses <paramref name="services"/>, a cluster run the silos' own.</summary>
    public static Command Create(AssessServices services)
    {
        var caseDir = new Argument<string>("CASE_DIR") { Description = "The case folder: telemetry, operation log and reference files." };
        var outDir = new Option<string?>("--out") { Description = "Where the reports go (default: CASE_DIR/hotaudit-out)." };
        var scenario = new Option<string?>("--scenario") { Description = "internal (own apps: clauses 6 and 7.1) or external (third parties: 6 and 7.2)." };
        scenario.AcceptOnlyFromAmong("internal", "external");
        var format = new Option<string[]>("--format")
        {
            Description = "Comma-separated, or the option repeated (the union is written): " +
                string.Join(", ", HotAudit.Reporting.ReportFormats.All.Select(f => $"{f.Name} ({f.FileName})")) + ".",
            DefaultValueFactory = _ => ["xlsx,json"],
        };
        var failOn = new Option<string>("--fail-on") { Description = "Exit 1 when a finding at or above this severity is not waived: critical, high, medium, low or none.", DefaultValueFactory = _ => "high" };
        failOn.AcceptOnlyFromAmong("critical", "high", "medium", "low", "info", "none");
        var rules = RuleFolders.Option();
        var set = new Option<string[]>("--set") { Description = "Override a rule parameter: RULE.param=value (repeatable)." };
        var since = new Option<string?>("--since") { Description = "Start of the assessment period (overrides the case file)." };
        var until = new Option<string?>("--until") { Description = "End of the assessment period (overrides the case file)." };
        var tz = new Option<string?>("--tz") { Description = "Offset for timestamps without one and for days in reports, e.g. +08:00." };
        var lang = new Option<string>("--lang") { Description = "Report language first shown: zh-CN or en.", DefaultValueFactory = _ => "zh-CN" };
        lang.AcceptOnlyFromAmong("zh-CN", "en");
        var mapping = new Option<string?>("--mapping") { Description = "Map another platform's export onto the data contract: a shipped mapping (codepush, shorebird, sophix, tinker) or a mapping file; wins over the case's own." };
        var evidence = new Option<int>("--evidence") { Description = "Evidence rows kept per finding.", DefaultValueFactory = _ => 20 };
        var waivers = new Option<string?>("--waivers") { Description = "YAML file of waivers: accepted findings stay in the reports, marked, and do not count toward --fail-on." };
        var baseline = new Option<string?>("--baseline") { Description = "A previous run's findings.json to mark findings new, unchanged or resolved (default: findings.json already in --out)." };
        var cluster = new Option<string?>("--cluster") { Description = "Assess on a cluster of workers: the Redis HOST:PORT holding its membership (the case folder must be at the same path on every worker)." };
        var clusterId = new Option<string>("--cluster-id") { Description = "The cluster's id (with --cluster).", DefaultValueFactory = _ => HotAudit.Cluster.Hosting.ClusterSettings.DefaultId };
        var partitions = new Option<int>("--partitions") { Description = "Device partitions of a cluster run (with --cluster).", DefaultValueFactory = _ => HotAudit.Cluster.Client.ClusterAssessment.DefaultPartitions };
        var chunkKb = new Option<int>("--chunk-kb") { Description = "Stored KiB per telemetry chunk a cluster worker reads at once (with --cluster).", DefaultValueFactory = _ => (int)(Ingestion.ChunkPlanner.DefaultChunkBytes >> 10) };
        var command = new Command("assess", "Assess a case and write report.xlsx and findings.json.")
        {
            caseDir, outDir, scenario, format, failOn, rules, set, since, until, tz, lang, evidence, mapping, waivers, baseline, cluster, clusterId, partitions, chunkKb,
        };
        command.SetAction(async (parse, ct) =>
        {
            AssessRequest options;
            try
            {
                options = new AssessRequest
                {
                    CaseDirectory = parse.GetValue(caseDir)!,
                    Out = parse.GetValue(outDir),
                    Scenario = parse.GetValue(scenario) is { } s ? Enum.Parse<Scenario>(s, ignoreCase: true) : null,
                    Formats = FormatOption.Union(parse.GetValue(format)!),
                    FailOn = AssessRequest.ParseFailOn(parse.GetValue(failOn)!),
                    RuleFolders = RuleFolders.Resolve(parse.GetValue(rules)),
                    Set = AssessRequest.ParseSet(parse.GetValue(set) ?? []),
                    Since = parse.GetValue(since),
                    Until = parse.GetValue(until),
                    Offset = AssessRequest.ParseOffset(parse.GetValue(tz)),
                    Lang = parse.GetValue(lang)!,
                    EvidenceCap = parse.GetValue(evidence),
                    Mapping = parse.GetValue(mapping),
                    Waivers = parse.GetValue(waivers),
                    Baseline = parse.GetValue(baseline),
                    CommandLine = "hotaudit " + string.Join(' ', parse.Tokens.Select(t => t.Value)),
                };
            }
            catch (FormatException e)
            {
                await System.Console.Error.WriteLineAsync($"hotaudit: {e.Message}");
                return Program.BadInput;
            }
            if (parse.GetValue(cluster) is { } redis)
            {
                var settings = new HotAudit.Cluster.Hosting.ClusterSettings { Redis = redis, ClusterId = parse.GetValue(clusterId)! };
                return await new HotAudit.Cluster.Client.ClusterAssessment(System.Console.Error, services.Time)
                    .RunAsync(options, settings, parse.GetValue(partitions), Math.Max(1L, parse.GetValue(chunkKb)) << 10, ct);
            }
            return await new AssessRunner(services, System.Console.Error).RunAsync(options, ct);
        });
        return command;
    }
}
