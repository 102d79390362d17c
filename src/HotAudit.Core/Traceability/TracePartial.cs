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
    private const int Categories = 4;

    private readonly List<int> _devicePatches = [];
    private (long First, long Last)[] _spans = new (long First, long Last)[8 * Categories];
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
        // The event words as symbols: a row's event is one exactly when its symbol is (-1 when no row can hold the word).
        var (downloadStart, downloadComplete, applySuccess) = _events ??= (Symbol(context, "download_start"), Symbol(context, "download_complete"), Symbol(context, "apply_success"));
        // The device's patches in the order first seen, each with the span (first, last) of every category it was noted
        // in: a device names a few patches, mostly in runs of rows, so the last one is looked up again only when it changes.
        var patches = _devicePatches;
        patches.Clear();
        var lastPatch = SymbolTable.None;
        var at = 0;
        PatchCounters? counters = null;
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
            if (patch != lastPatch)
            {
                lastPatch = patch;
                counters = Counters(patch);
                at = SpanOf(patch);
            }
            counters!.Saw(row.Fields[AppSlot], row.Fields[VersionSlot], row);
            Note(at, TraceCategory.Seen, row.Ts);
            var e = row.Fields[EventSlot];
            if (e == downloadStart || e == downloadComplete)
            {
                Note(at, TraceCategory.Downloaded, row.Ts);
            }
            else if (e == applySuccess)
            {
                Note(at, TraceCategory.Applied, row.Ts);
                if (context.Lookups.ActiveAt(patch, row.Ts) == false)
                {
                    Note(at, TraceCategory.AppliedInactive, row.Ts);
                }
            }
        }
        for (var i = 0; i < patches.Count; i++)
        {
            var all = _patches[patches[i]];
            for (var c = 0; c < Categories; c++)
            {
                var (first, last) = _spans[(i * Categories) + c];
                if (first != long.MaxValue)
                {
                    all[(TraceCategory)c].Add(first, last);
                }
            }
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

    private PatchCounters Counters(int patch)
    {
        if (!_patches.TryGetValue(patch, out var counters))
        {
            _patches[patch] = counters = new PatchCounters();
        }
        return counters;
    }

    /// <summary>The device's span slot of a patch (its index among the device's patches), added empty when new.</summary>
    private int SpanOf(int patch)
    {
        var i = _devicePatches.IndexOf(patch);
        if (i >= 0)
        {
            return i;
        }
        i = _devicePatches.Count;
        _devicePatches.Add(patch);
        if (_spans.Length < (i + 1) * Categories)
        {
            Array.Resize(ref _spans, Math.Max(_spans.Length * 2, (i + 1) * Categories));
        }
        _spans.AsSpan(i * Categories, Categories).Fill((long.MaxValue, long.MinValue));
        return i;
    }

    private void Note(int at, TraceCategory category, long ts)
    {
        ref var span = ref _spans[(at * Categories) + (int)category];
        span = (Math.Min(span.First, ts), Math.Max(span.Last, ts));
    }
}
