namespace HotAudit.Bench.Scenarios.Harbor;

/// <summary>How a customer of the Harbor platform releases as routine.</summary>
internal enum Practice
{
    /// <summary>upload → security review → approval → publish every one to two weeks; now and then one set_active back.</summary>
    Standard,
    /// <summary>Continuous delivery: a CI bot publishes one to four small patches every working day.</summary>
    MultiPublisher,
    /// <summary>Standard releases, and a rollback is done as deactivate + set_active (two actions) as the written procedure.</summary>
    TwoStepRollback,
    /// <summary>The team sits at +01:00 and releases at its evening: between 00:00 and 03:00 on the devices' clocks.</summary>
    NightRelease,
    /// <summary>Conditional publish to bucket &lt; 10, widened to 50 two days later and to everyone two days after that.</summary>
    Staged,
}

/// <summary>One customer's app on the platform: its size, seasonality, habits and team.</summary>
internal sealed class HarborApp
{
    public required int Index { get; init; }
    public required string Id { get; init; }
    public required string Tenant { get; init; }
    public required string Label { get; init; }
    public required Practice Practice { get; init; }
    /// <summary>Expected active devices a day over all versions (before seasonality).</summary>
    public required double Base { get; set; }
    /// <summary>The devices' platforms (one is picked per device).</summary>
    public required string[] Platforms { get; init; }
    /// <summary>Traffic factor per day of week, Monday first.</summary>
    public required double[] Weekly { get; init; }
    /// <summary>0 none, 1 paydays (the 1st and the 15th), 2 the last two days of a month.</summary>
    public required int Monthly { get; init; }
    /// <summary>Traffic factor on public holidays.</summary>
    public required double Holiday { get; init; }
    /// <summary>Launch weights per local hour.</summary>
    public required double[] Hourly { get; init; }
    /// <summary>Routine share of applies done in the background without the user.</summary>
    public required double Background { get; init; }
    /// <summary>Applies follow a prompt the user accepted (user_initiated true).</summary>
    public required bool Prompted { get; init; }
    /// <summary>Share of devices still on an SDK build that checks over http.</summary>
    public required double Legacy { get; init; }
    /// <summary>Operators: [0] developer, [1] reviewer, [2] approver, more for the giants.</summary>
    public required string[] Team { get; init; }
    /// <summary>The operators' UTC offset in minutes.</summary>
    public required int OffsetMinutes { get; init; }
    /// <summary>Which telemetry export the app's events go to.</summary>
    public required Sink Sink { get; init; }
    public required bool Giant { get; init; }
    public List<HarborVersion> Versions { get; } = [];
}

/// <summary>One app version: its share of the app's traffic over time, its devices and its server-side patch timeline.</summary>
internal sealed class HarborVersion
{
    public required int App { get; init; }
    public required int Index { get; init; }
    public required string Name { get; init; }
    /// <summary>The day it went live (negative: before the case).</summary>
    public required int Launch { get; init; }
    public required double Weight { get; init; }
    public double[] Expected { get; set; } = [];
    public List<int> Devices { get; } = [];
    /// <summary>The patch the server hands out from time T on, and to which buckets (a device is eligible when bucket &lt; threshold).</summary>
    public List<(long T, int Patch, int Threshold)> Timeline { get; } = [];
    public int LastNumber { get; set; }
    public int Main { get; set; }

    public (int Patch, int Threshold) At(long t)
    {
        var state = (Patch: -1, Threshold: 100);
        foreach (var (at, patch, threshold) in Timeline)
        {
            if (at > t)
            {
                break;
            }
            state = (patch, threshold);
        }
        return state;
    }
}

/// <summary>A patch of one app version.</summary>
internal sealed record HarborPatch(int Index, int App, int Version, string Id, int Number, string Hash, string Alg);

/// <summary>A device of one app version; its clock may be off, or reset to 1970 now and then.</summary>
internal sealed class HarborDevice
{
    public required int App { get; init; }
    public required int Version { get; init; }
    public required string Id { get; init; }
    public required string Platform { get; init; }
    public required string Os { get; init; }
    public required int Bucket { get; init; }
    public required string Region { get; init; }
    public required long SkewMs { get; init; }
    public required bool ResetClock { get; init; }
    public required bool Legacy { get; init; }
    public int Current { get; set; } = -1;
}

/// <summary>The telemetry exports.</summary>
internal enum Sink
{
    /// <summary>telemetry-cn-export.csv: BOM, Chinese headers, local time.</summary>
    ChineseCsv,
    /// <summary>telemetry-stream-YYYY-MM.jsonl: appKey alias, epoch milliseconds.</summary>
    Stream,
    /// <summary>telemetry-batch.csv.gz: semicolons, upper-case headers in another order, UTC with Z.</summary>
    Batch,
    /// <summary>telemetry-late.jsonl.gz: late deliveries and repeats, +08:00 offsets.</summary>
    Late,
}
