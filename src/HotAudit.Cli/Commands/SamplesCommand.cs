using System.CommandLine;
using System.Diagnostics;
using HotAudit.Samples;

namespace HotAudit.Cli.Commands;

/// <summary><c>hotaudit samples CASE_DIR [options]</c>: writes a realistic case with chosen anomalies and violations injected.</summary>
internal static class SamplesCommand
{
    public static Command Create()
    {
        var caseDir = new Argument<string>("CASE_DIR") { Description = "The case folder to write; CASE_DIR.truth.json (what was injected) goes beside it." };
        var devices = new Option<int>("--devices") { Description = "Devices across the apps.", DefaultValueFactory = _ => 3000 };
        var days = new Option<int>("--days") { Description = "Days of traffic.", DefaultValueFactory = _ => 90 };
        var seed = new Option<int>("--seed") { Description = "Seed: the same seed writes the same bytes.", DefaultValueFactory = _ => 7 };
        var inject = new Option<string>("--inject")
        {
            Description = $"Comma-separated injections: {string.Join(", ", SampleOptions.Kinds)}; 'none' for a clean case.",
            DefaultValueFactory = _ => "burst,silent,failure,http",
        };
        var scenario = new Option<string>("--scenario") { Description = "internal, or external (adds a tenants file).", DefaultValueFactory = _ => "internal" };
        scenario.AcceptOnlyFromAmong("internal", "external");
        var command = new Command("samples", "Write a realistic case with injected anomalies and violations (for demos, tests and benchmarks).")
        {
            caseDir, devices, days, seed, inject, scenario,
        };
        command.SetAction((parse, _) =>
        {
            var kinds = parse.GetValue(inject)!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Where(k => k != "none").ToList();
            var bad = kinds.FirstOrDefault(k => !SampleOptions.Kinds.Contains(k));
            if (bad is not null || parse.GetValue(devices) < 1 || parse.GetValue(days) < 30)
            {
                Console.Error.WriteLine($"hotaudit: samples: {(bad is null ? "--devices must be at least 1 and --days at least 30" : $"unknown injection '{bad}'")}");
                return Task.FromResult(Program.BadInput);
            }
            var options = new SampleOptions(parse.GetValue(caseDir)!, parse.GetValue(devices), parse.GetValue(days), parse.GetValue(seed), kinds,
                parse.GetValue(scenario) == "external");
            var sw = Stopwatch.StartNew();
            var (rows, injected) = SampleCase.Write(options);
            Console.Error.WriteLine($"hotaudit: wrote {rows:N0} telemetry rows and {injected.Count} injection(s) into {options.Directory} in {sw.Elapsed.TotalSeconds:F1}s; truth in {TruthFile.PathFor(options.Directory)}");
            return Task.FromResult(Program.Ok);
        });
        return command;
    }
}
