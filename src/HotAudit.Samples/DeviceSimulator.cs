using System.Globalization;

namespace HotAudit.Samples;

/// <summary>
/// One device's life: consent on its first day, an app upgrade some days after the new version ships, 1–3 launches a
/// day on active days at diurnal hours, an update check per launch, and download → verify → apply of a newer active
/// patch, with the usual small failure rates; injected anomalies change what happens on their day. Normal traffic
/// breaks no rule: consent before any call, https with TLS 1.3, a transport on every check and download, verification
/// before every apply, applies in the foreground. What an injection breaks is written to the ledger as it happens.
/// </summary>
internal sealed class DeviceSimulator(
    SampleOptions options, ReleasePlan plan, IReadOnlyDictionary<(string, string, int), string> injected, TelemetryWriter writer, ViolationLedger ledger)
{
    private static readonly double[] HourWeights = [1, 0.5, 0.3, 0.2, 0.2, 0.4, 2, 5, 7, 6, 5, 5, 7, 6, 5, 5, 6, 7, 8, 9, 10, 9, 6, 3];
    private static readonly double HourTotal = HourWeights.Sum();
    private int _events;
    private string _id = "";

    public void Run(int index, Random rng)
    {
        var app = ReleasePlan.Apps[index % ReleasePlan.Apps.Length];
        _id = $"d{index:D7}";
        _events = 0;
        ledger.BeginDevice(index, app);
        var ios = rng.NextDouble() < 0.4;
        var os = ios ? "17." + rng.Next(0, 5).ToString(CultureInfo.InvariantCulture) : rng.Next(11, 15).ToString(CultureInfo.InvariantCulture);
        var device = new DeviceState(app, ios ? "ios" : "android", os, rng.Next(options.Days / 4),
            rng.NextDouble() < 0.85 ? plan.ReleaseDay + (int)(-Math.Log(1 - rng.NextDouble()) * 8) : int.MaxValue, 0.45 + (rng.NextDouble() * 0.5));
        for (var day = device.FirstDay; day < options.Days; day++)
        {
            if (day != device.FirstDay && rng.NextDouble() > device.Activity * options.Activity)
            {
                continue;
            }
            var version = day >= device.UpgradeDay ? ReleasePlan.Versions[1] : ReleasePlan.Versions[0];
            var kind = injected.GetValueOrDefault((app, version, day));
            var hours = Enumerable.Range(0, 1 + rng.Next(3)).Select(_ => Hour(rng)).Order().ToList();
            foreach (var hour in hours)
            {
                Launch(device, version, kind, ReleasePlan.Ticks(day, hour), rng, day == device.FirstDay && hour == hours[0]);
            }
        }
        ledger.EndDevice();
    }

    private void Launch(DeviceState d, string version, string? kind, long t, Random rng, bool first)
    {
        if (first)
        {
            Emit(t, d, version, "consent_prompt");
            d.Denied = rng.NextDouble() < 0.02;
            Emit(t + TimeSpan.TicksPerSecond, d, version, d.Denied ? "consent_denied" : "consent_granted");
        }
        Emit(t + (2 * TimeSpan.TicksPerSecond), d, version, "launch", d.Applied);
        if (d.Denied)
        {
            return;
        }
        var http = kind == "http" && rng.NextDouble() < 0.35;
        var (transport, tls) = http ? ("http", "") : ("https", "1.3");
        if (http)
        {
            ledger.Http(version);
        }
        Emit(t + (3 * TimeSpan.TicksPerSecond), d, version, "update_check", transport: transport, tls: tls);
        var active = plan.ActiveAt(d.App, version, t);
        if (active is null || active.PatchId == d.Applied)
        {
            return;
        }
        Apply(d, version, kind, active, t + (5 * TimeSpan.TicksPerSecond), transport, tls, rng);
    }

    private void Apply(DeviceState d, string version, string? kind, PatchRelease p, long t, string transport, string tls, Random rng)
    {
        Emit(t, d, version, "download_start", p.PatchId, p, transport: transport, tls: tls);
        Emit(t + (4 * TimeSpan.TicksPerSecond), d, version, "download_complete", p.PatchId, p, transport: transport, tls: tls);
        Emit(t + (5 * TimeSpan.TicksPerSecond), d, version, "verify_passed", p.PatchId, p);
        Emit(t + (6 * TimeSpan.TicksPerSecond), d, version, "apply_start", p.PatchId, p);
        if (rng.NextDouble() < 0.008)
        {
            Emit(t + (8 * TimeSpan.TicksPerSecond), d, version, "apply_failed", p.PatchId, p);
            return;
        }
        var quiet = kind == "silent" && rng.NextDouble() < 0.45;
        var applied = t + (8 * TimeSpan.TicksPerSecond);
        Emit(applied, d, version, "apply_success", p.PatchId, p, quiet ? "background" : "foreground", quiet ? "silent" : "on_next_restart");
        ledger.Applied(version, p.PatchId, applied, quiet);
        d.Applied = p.PatchId;
        if (rng.NextDouble() < (kind == "failure" ? 0.22 : 0.005))
        {
            Emit(t + (90 * TimeSpan.TicksPerSecond), d, version, rng.NextDouble() < 0.5 ? "crash" : "rollback", p.PatchId, p);
            ledger.FailedAfterApply(version, p.PatchId);
        }
    }

    private static double Hour(Random rng)
    {
        var x = rng.NextDouble() * HourTotal;
        var h = 0;
        while (h < 23 && (x -= HourWeights[h]) > 0)
        {
            h++;
        }
        return h + rng.NextDouble();
    }

    private void Emit(long t, DeviceState d, string version, string ev, string patch = "", PatchRelease? p = null, string state = "", string mode = "",
        string transport = "", string tls = "")
    {
        var download = ev.StartsWith("download", StringComparison.Ordinal) || ev.StartsWith("apply", StringComparison.Ordinal);
        writer.Write(t, $"{_id}-{_events++:x}",
        [
            d.App, version, d.Platform, _id, ev, patch, p?.PatchVersion.ToString(CultureInfo.InvariantCulture) ?? "", p?.Hash ?? "",
            download && state.Length == 0 ? "foreground" : state, state.Length > 0 ? "false" : "", mode, transport, tls,
            ev == "verify_passed" ? "true" : "", ev == "verify_passed" ? "RSA-SHA256" : "", d.Os,
        ]);
    }
}
