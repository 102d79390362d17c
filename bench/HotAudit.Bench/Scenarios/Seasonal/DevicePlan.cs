namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>A reported device's day before its events are written: sessions, consent, its first update chain, extras.</summary>
internal sealed class DevicePlan
{
    public required int Device { get; init; }
    public required bool FirstReport { get; init; }
    public required bool Denied { get; init; }

    /// <summary>The patch the device runs at the start of the day (-1: the base package).</summary>
    public required int Current { get; init; }

    /// <summary>Session starts, local ticks, ascending, at least 10 minutes apart.</summary>
    public required long[] Sessions { get; set; }
    public required ChainFlags First { get; init; }

    /// <summary>Bit s set: session s checks for updates over http.</summary>
    public int HttpMask { get; set; }

    /// <summary>The device will update in its first session (it runs another patch than the active one).</summary>
    public bool Stale { get; init; }

    /// <summary>The device downloads and applies its active patch again.</summary>
    public bool Reapply { get; set; }
    public bool Crash { get; set; }

    public int Checks => Denied ? 0 : Sessions.Length;

    /// <summary>Sorts session starts and keeps them 10 minutes apart (a day's events stay before 23:55).</summary>
    public static long[] Spaced(long[] sessions)
    {
        Array.Sort(sessions);
        var kept = new List<long> { sessions[0] };
        var dayEnd = sessions[0] - (sessions[0] % TimeSpan.TicksPerDay) + (((23 * 60) + 55) * TimeSpan.TicksPerMinute);
        foreach (var start in sessions.Skip(1))
        {
            var at = Math.Max(start, kept[^1] + (10 * TimeSpan.TicksPerMinute));
            if (at <= dayEnd)
            {
                kept.Add(at);
            }
        }
        return kept.ToArray();
    }
}
