using System.Runtime.CompilerServices;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Engine;
using HotAudit.Core.Expressions;
using HotAudit.Core.Symbols;

namespace HotAudit.Core.Traceability;

/// <summary>What <see cref="TraceObserver"/> gathered over one partition (or, merged, over the case).</summary>
public sealed class TracePartial : IDevicePartial
{
    private static readonly Schema Telemetry = Schemas.Telemetry;
    private static readonly int AppSlot = Telemetry.Slot("app_id");
    private static readonly int VersionSlot = Telemetry.Slot("app_version");
    private static readonly int DeviceSlot = Telemetry.Slot("device_id");
    private static readonly int EventSlot = Telemetry.Slot("event");
    private static readonly int PatchSlot = Telemetry.Slot("patch_id");

    private readonly string? _deviceId;
    private readonly Dictionary<int, PatchCounters> _patches = [];
    private readonly Dictionary<(int Patch, TraceCategory Category), (long First, long Last)> _device = [];
    private readonly List<Record> _deviceEvents = [];
    private (int DownloadStart, int DownloadComplete, int ApplySuccess)? _events;

    internal TracePartial(string? deviceId) => _deviceId = deviceId;

    /// <summary>Whether the device asked for reported anything at all (under any app).</summary>
    public bool DeviceSeen { get; private set; }

    internal IReadOnlyDictionary<int, PatchCounters> Patches => _patches;

    /// <summary>The traced device's events that name a patch (under any app), in time order.</summary>
    public IReadOnlyList<DeviceEvent> DeviceEvents(SymbolTable symbols, IReadOnlyList<string> fileNames)
    {
        var rows = _deviceEvents.ToArray();
        Array.Sort(rows, static (a, b) => Record.CompareByTime(a, b));
        return [.. rows.Select(r => new DeviceEvent(r.Ts, symbols[r.Fields[AppSlot]], symbols[r.Fields[VersionSlot]], symbols[r.Fields[EventSlot]],
            symbols[r.Fields[PatchSlot]], r.File < fileNames.Count ? fileNames[r.File] : "", r.Line))];
    }

    /// <inheritdoc/>
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Observe(ReadOnlySpan<Record> device, EvalContext context)
    {
        var keep = _deviceId is not null && device.Length > 0 && context.Symbols[device[0].Fields[DeviceSlot]] == _deviceId;
        DeviceSeen |= keep;
        _device.Clear();
        // The event words as symbols: a row's event is one exactly when its symbol is (-1 when no row can hold the word).
        var (downloadStart, downloadComplete, applySuccess) = _events ??= (Symbol(context, "download_start"), Symbol(context, "download_complete"), Symbol(context, "apply_success"));
        foreach (ref readonly var row in device)
        {
            var patch = row.Fields[PatchSlot];
            if (patch == SymbolTable.None)
            {
                continue;
            }
            if (keep)
            {
                _deviceEvents.Add(row);
            }
            Counters(patch, row);
            Note(patch, TraceCategory.Seen, row.Ts);
            var e = row.Fields[EventSlot];
            if (e == downloadStart || e == downloadComplete)
            {
                Note(patch, TraceCategory.Downloaded, row.Ts);
            }
            else if (e == applySuccess)
            {
                Note(patch, TraceCategory.Applied, row.Ts);
                if (context.Lookups.ActiveAt(patch, row.Ts) == false)
                {
                    Note(patch, TraceCategory.AppliedInactive, row.Ts);
                }
            }
        }
        foreach (var ((patch, category), (first, last)) in _device)
        {
            _patches[patch][category].Add(first, last);
        }
    }

    /// <inheritdoc/>
    public void Merge(IDevicePartial other)
    {
        var o = (TracePartial)other;
        DeviceSeen |= o.DeviceSeen;
        _deviceEvents.AddRange(o._deviceEvents);
        foreach (var (patch, counters) in o._patches)
        {
            if (_patches.TryGetValue(patch, out var mine))
            {
                mine.Merge(counters);
            }
            else
            {
                _patches[patch] = counters;
            }
        }
    }

    /// <inheritdoc/>
    public void Write(Portable.PortableWriter writer)
    {
        writer.Bool(DeviceSeen);
        writer.Long(_deviceEvents.Count);
        foreach (var row in _deviceEvents)
        {
            writer.Record(row);
        }
        writer.Long(_patches.Count);
        foreach (var (patch, counters) in _patches)
        {
            writer.Symbol(patch);
            counters.Write(writer);
        }
    }

    /// <inheritdoc/>
    public void Read(Portable.PortableReader reader)
    {
        var other = new TracePartial(_deviceId) { DeviceSeen = reader.Bool() };
        var events = reader.Long();
        for (var i = 0; i < events; i++)
        {
            other._deviceEvents.Add(reader.Record());
        }
        var patches = reader.Long();
        for (var i = 0; i < patches; i++)
        {
            var patch = reader.Symbol();
            other._patches[patch] = PatchCounters.Read(reader);
        }
        Merge(other);
    }

    private static int Symbol(EvalContext context, string word) => context.Symbols.Find(word) is var s and not SymbolTable.None ? s : -1;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Counters(int patch, in Record row)
    {
        if (!_patches.TryGetValue(patch, out var counters))
        {
            _patches[patch] = counters = new PatchCounters();
        }
        counters.Saw(row.Fields[AppSlot], row.Fields[VersionSlot], row);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void Note(int patch, TraceCategory category, long ts) =>
        _device[(patch, category)] = _device.TryGetValue((patch, category), out var seen)
            ? (Math.Min(seen.First, ts), Math.Max(seen.Last, ts))
            : (ts, ts);
}
