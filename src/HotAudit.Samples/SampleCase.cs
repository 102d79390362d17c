using System.Globalization;
using System.Text;

namespace HotAudit.Samples;

/// <summary>
/// Writes a realistic case (DATA-CONTRACT.md) with chosen anomalies injected, and <c>CASE_DIR.truth.json</c> beside the
/// case folder listing them. One seeded random stream drives everything, devices are written one after another, so
/// the same options give the same bytes and memory stays flat whatever the size.
/// </summary>
public static class SampleCase
{
    /// <summary>Writes the case into <see cref="SampleOptions.Directory"/> and its truth file; returns the rows written and the anomalies injected.</summary>
    public static (long Rows, IReadOnlyList<Injection> Injected) Write(SampleOptions options)
    {
        Directory.CreateDirectory(options.Directory);
        var rng = new Random(options.Seed);
        var plan = new ReleasePlan(options, rng);
        var injections = Choose(options, plan, rng);
        plan.Build(injections);
        WriteReferences(options, plan);
        var byDay = injections.Where(i => i.Kind != "unapproved").ToDictionary(i => (i.AppId, i.AppVersion, i.Day), i => i.Kind);
        var ledger = new ViolationLedger();
        long rows;
        using (var writer = new TelemetryWriter(options.Directory, options.Days, CsvDays(options)))
        {
            var simulator = new DeviceSimulator(options, plan, byDay, writer, ledger);
            for (var d = 0; d < options.Devices; d++)
            {
                simulator.Run(d, new Random(unchecked((options.Seed * 1_000_003) + d) & int.MaxValue));
            }
            if (options.Inject.Contains(SampleOptions.BadRows))
            {
                ledger.BadRows.AddRange(BadRows.Write(writer));
            }
            rows = writer.Rows;
        }
        var periodEnd = ReleasePlan.Ticks(options.Days, 0);
        TruthFile.Write(options, injections, [.. ledger.Violations(), .. PlanViolations.Of(plan, plan.FirstOperationTicks, periodEnd)], ledger.BadRows);
        return (rows, injections);
    }

    /// <summary>Days written as CSV: half of them (rounded down) unless <see cref="SampleOptions.CsvShare"/> says otherwise.</summary>
    private static int CsvDays(SampleOptions options) =>
        options.CsvShare == 0.5 ? options.Days / 2 : (int)Math.Clamp(Math.Round(options.Days * options.CsvShare), 0, options.Days);

    /// <summary>One (app, version, day) per injection, in the later part of the case, never two on one app version and day.</summary>
    private static List<Injection> Choose(SampleOptions options, ReleasePlan plan, Random rng)
    {
        var chosen = new List<Injection>();
        var earliest = Math.Max(plan.ReleaseDay + 14, options.Days / 2);
        foreach (var (kind, k) in options.Inject.Where(x => x != SampleOptions.BadRows).Select((x, k) => (x, k)))
        {
            while (true)
            {
                var app = ReleasePlan.Apps[(k + rng.Next(ReleasePlan.Apps.Length)) % ReleasePlan.Apps.Length];
                var version = ReleasePlan.Versions[rng.Next(2)];
                var day = earliest + rng.Next(Math.Max(1, options.Days - 2 - earliest));
                if (!chosen.Any(c => c.AppId == app && Math.Abs(c.Day - day) < 3))
                {
                    chosen.Add(new Injection(kind, app, version, day));
                    break;
                }
            }
        }
        return chosen;
    }

    private static void WriteReferences(SampleOptions options, ReleasePlan plan)
    {
        var utf8 = new UTF8Encoding(false);
        File.WriteAllLines(Path.Combine(options.Directory, "operations.csv"), plan.Operations, utf8);
        File.WriteAllLines(Path.Combine(options.Directory, "operators.csv"),
        [
            "operator,role,permissions,valid_from,valid_to", "admin.zhao,admin,admin,2025-01-01,", "li.wei,developer,upload,2025-01-01,",
            "zhang.min,security,review,2025-01-01,", "wang.fang,approver,approve,2025-01-01,", "chen.jie,release,publish;rollback,2025-01-01,",
        ], utf8);
        var from = SampleOptions.Start.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var until = SampleOptions.Start.AddDays(options.Days).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        File.WriteAllText(Path.Combine(options.Directory, "hotaudit.case.yaml"),
            $"case: SAMPLE-{options.Seed}\nscenario: {(options.External ? "external" : "internal")}\ntz: \"+08:00\"\nperiod:\n  from: {from}T00:00:00+08:00\n  until: {until}T00:00:00+08:00\n", utf8);
        if (options.External)
        {
            File.WriteAllLines(Path.Combine(options.Directory, "tenants.csv"),
            [
                "tenant_id,app_ids,qualification_reviewed_at,qualification_result,guide_delivered_at,contract_signed_at,contract_expires_at,consent_component",
                $"t-acme,{string.Join(';', ReleasePlan.Apps)},2025-12-01,pass,2025-12-05,2025-12-10,2027-12-31,true",
            ], utf8);
        }
    }
}
