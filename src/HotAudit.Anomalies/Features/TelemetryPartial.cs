using System.Runtime.CompilerServices;
using HotAudit.Core.Data;
using HotAudit.Core.Engine;
using HotAudit.Core.Expressions;
using HotAudit.Core.Symbols;

namespace HotAudit.Anomalies.Features;

/// <summary>The daily telemetry tallies of one partition: each device's events folded into its (app version, local day) once.</summary>
internal sealed class TelemetryPartial : IDevicePartial
{
    private readonly Dictionary<DayKey, DeviceDay> _device = [];
    private readonly List<DeviceDay> _spare = [];
    private EventSymbols? _symbols;

    public Dictionary<DayKey, DayTally> Days { get; } = [];

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Observe(ReadOnlySpan<Record> device, EvalContext context)
    {
        var s = _symbols ??= new EventSymbols(context.Symbols);
        // The last device's days are reused: a device has a few dozen, a partition thousands of devices.
        _spare.AddRange(_device.Values);
        _device.Clear();
        var running = default(RunningPatch);
        // A device's rows are in time order, so runs of them fall on one (version, day): looked up once per run.
        var lastKey = default(DayKey);
        DeviceDay? day = null;
        foreach (ref readonly var row in device)
        {
            var local = new DateTime(row.Ts, DateTimeKind.Unspecified) + context.Offset;
            var key = new DayKey(row.Fields[EventSymbols.AppSlot], row.Fields[EventSymbols.VersionSlot], (int)(local.Ticks / TimeSpan.TicksPerDay));
            if (day is null || key != lastKey)
            {
                if (!_device.TryGetValue(key, out day))
                {
                    _device[key] = day = Spare();
                }
                lastKey = key;
            }
            var moves = Read(row, s, day, local.Hour < 6, context.Lookups);
            day.Patched |= row.Fields[EventSymbols.PatchSlot] != SymbolTable.None;
            day.RepeatApplies += running.See(key.Version, row.Fields[EventSymbols.PatchSlot], moves) ? 1 : 0;
        }
        foreach (var (key, deviceDay) in _device)
        {
            if (!Days.TryGetValue(key, out var tally))
            {
                Days[key] = tally = new DayTally();
            }
            deviceDay.AddTo(tally);
        }
    }

    private DeviceDay Spare()
    {
        if (_spare.Count == 0)
        {
            return new DeviceDay();
        }
        var day = _spare[^1];
        _spare.RemoveAt(_spare.Count - 1);
        day.Reset();
        return day;
    }

    /// <summary>
    /// Adds one event to the device's day; what it does to the patch the device runs (<see cref="RunningPatch"/>). A
    /// device's <c>rollback</c> is a failure unless the server had sent its app version back (the operation log's last
    /// release action on the version before it was a <c>set_active</c> or <c>deactivate</c>): then the device is doing
    /// what it was told, for as many days as its devices take to check in, and the rollback is already in the log.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static RunningPatch.Kind Read(in Record row, EventSymbols s, DeviceDay day, bool night, Core.Expressions.ICaseLookups lookups)
    {
        var e = row.Fields[EventSymbols.EventSlot];
        if (e == s.ApplySuccess)
        {
            day.Applies++;
            var quiet = row.Fields[EventSymbols.StateSlot] == s.Background || row.Fields[EventSymbols.ModeSlot] == s.Silent;
            day.BackgroundApplies += quiet && row.Fields[EventSymbols.UserSlot] != s.True ? 1 : 0;
            day.NightApplies += night ? 1 : 0;
            day.Patches.Add(row.Fields[EventSymbols.PatchSlot]);
            return RunningPatch.Kind.Apply;
        }
        if (e == s.VerifyPassed || e == s.VerifyFailed)
        {
            day.Verified = true;
            day.VerifyFailed |= e == s.VerifyFailed;
            return RunningPatch.Kind.Other;
        }
        if (e == s.ApplyFailed || e == s.Crash)
        {
            day.Failed = true;
            return RunningPatch.Kind.Other;
        }
        if (e == s.Rollback)
        {
            day.Failed |= !lookups.RolledBackAt(row.Fields[EventSymbols.AppSlot], row.Fields[EventSymbols.VersionSlot], row.Ts);
            return RunningPatch.Kind.Rollback;
        }
        if (e == s.UpdateCheck || e == s.DownloadStart)
        {
            day.Checks++;
            day.HttpChecks += row.Fields[EventSymbols.TransportSlot] == s.Http ? 1 : 0;
            return e == s.DownloadStart ? RunningPatch.Kind.Download : RunningPatch.Kind.Other;
        }
        return e == s.Launch ? RunningPatch.Kind.Launch : e == s.DownloadComplete ? RunningPatch.Kind.Download : RunningPatch.Kind.Other;
    }

    public void Write(Core.Portable.PortableWriter writer)
    {
        writer.Long(Days.Count);
        foreach (var (key, tally) in Days)
        {
            writer.Symbol(key.App);
            writer.Symbol(key.Version);
            writer.Long(key.Day);
            tally.Write(writer);
        }
    }

    public void Read(Core.Portable.PortableReader reader)
    {
        var other = new TelemetryPartial();
        var days = reader.Long();
        for (var i = 0; i < days; i++)
        {
            var key = new DayKey(reader.Symbol(), reader.Symbol(), (int)reader.Long());
            other.Days[key] = DayTally.Read(reader);
        }
        Merge(other);
    }

    public void Merge(IDevicePartial other)
    {
        foreach (var (key, tally) in ((TelemetryPartial)other).Days)
        {
            if (Days.TryGetValue(key, out var mine))
            {
                mine.Add(tally);
            }
            else
            {
                Days[key] = tally;
            }
        }
    }
}
