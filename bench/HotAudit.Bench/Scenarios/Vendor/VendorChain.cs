namespace HotAudit.Bench.Scenarios.Vendor;

/// <summary>One device taking one patch: download, client-side signature check, apply; each step may fail and stop the chain.</summary>
internal sealed class VendorChain(VendorTelemetry telemetry, VendorApp app, VendorDevice device, VendorVersion version, VendorEffect effect)
{
    /// <summary>Runs the chain from <paramref name="at"/>, every step before <paramref name="end"/> (the last second of the device's day).</summary>
    public void Run(VendorPatch patch, long at, long end, string transport, ref VendorDraw draw, bool night)
    {
        var background = !night && draw.Next() < (effect.Silent > 0 ? effect.Silent : app.BackgroundShare);
        var mode = night ? "immediate" : background ? (draw.Next() < 0.7 ? "silent" : "on_next_suspend") : draw.Next() < 0.6 ? "on_next_restart" : "immediate";
        var user = night || (!background && draw.Next() < 0.35);
        VendorEvent Step(string name, long t, string? error = null) => new(Math.Min(t, end), device, version, name)
        {
            Patch = patch, Background = background, UserInitiated = user, InstallMode = mode,
            Transport = name.StartsWith("download", StringComparison.Ordinal) ? transport : null, ErrorCode = error,
        };
        telemetry.Add(Step("download_start", at));
        var t = at + draw.Between(4, 40);
        if (draw.Next() < 0.008)
        {
            telemetry.Add(Step("download_failed", t, "E_NET_TIMEOUT"));
            return;
        }
        telemetry.Add(Step("download_complete", t));
        if (draw.Next() < (effect.VerifyFail > 0 ? effect.VerifyFail : app.VerifyFailRate))
        {
            telemetry.Add(Step("verify_failed", t + 1, "E_SIG_MISMATCH"));
            return;
        }
        telemetry.Add(Step("verify_passed", t + 1));
        t += background ? draw.Between(60, 1800) : draw.Between(2, 30);
        telemetry.Add(Step("apply_start", t));
        if (draw.Next() < app.ApplyFailRate)
        {
            telemetry.Add(Step("apply_failed", t + 2, "E_APPLY_IO"));
            return;
        }
        telemetry.Add(Step("apply_success", t + 3));
        if (device.Active != patch)
        {
            device.Previous = device.Active;
            device.Active = patch;
        }
    }
}
