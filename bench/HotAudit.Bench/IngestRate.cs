using System.Diagnostics;
using System.Globalization;
using HotAudit.Core.Data;
using HotAudit.Core.Engine;
using HotAudit.Core.Symbols;
using HotAudit.Ingestion;

namespace HotAudit.Bench;

/// <summary>
/// <c>ingest FILE [--repeat K]</c>: reads one telemetry file as HotAudit does (encoding, delimiter, header aliases,
/// validation, interning, fingerprints: <see cref="CaseReader"/>, the file streamed in blocks as <c>assess</c> reads it)
/// on ONE core (the process is bound to its first CPU, so the reading thread and the block parsers share it), into a sink
/// that only counts, and prints accepted rows per second and MB/s (best of K, every run listed), and rows per CPU second of the
/// process (user + sys: on a shared, loaded machine the wall time says more about the other processes than the reader). The figure the performance issue
/// sets for one core: 1.5 million CSV rows/s and 1 million JSON Lines rows/s. The file is linked into a temporary case
/// folder of its own. <c>ingest CASE_DIR</c> instead reads a whole case as <c>assess</c> does (the ingest phase: chunks
/// and every core, the accepted rows encoded into a <see cref="PartitionStore"/> under the default memory budget).
/// </summary>
internal static class IngestRate
{
    public static int Run(string[] args)
    {
        if (Directory.Exists(args[0]))
        {
            return RunCase(Path.GetFullPath(args[0]), Options.Repeats(args));
        }
        var file = Path.GetFullPath(args[0]);
        var repeats = Options.Repeats(args);
        var dir = Path.Combine(Path.GetTempPath(), "hotaudit-ingest-" + Guid.NewGuid().ToString("N")[..8]);
        Directory.CreateDirectory(dir);
        try
        {
            var name = Path.GetFileName(file);
            File.CreateSymbolicLink(Path.Combine(dir, name.StartsWith("telemetry", StringComparison.OrdinalIgnoreCase) ? name : "telemetry-" + name), file);
            var manifest = CaseDiscovery.Discover(dir);
            var bytes = new FileInfo(file).Length;
            if (OperatingSystem.IsLinux() || OperatingSystem.IsWindows())
            {
                using var self = Process.GetCurrentProcess();
                self.ProcessorAffinity = 1;
            }
            var runs = new List<double>();
            var cpus = new List<double>();
            long rows = 0;
            for (var i = 0; i < repeats; i++)
            {
                var sink = new CountingSink();
                using var process = Process.GetCurrentProcess();
                var cpu = process.TotalProcessorTime;
                var sw = Stopwatch.StartNew();
                var result = new CaseReader(new SymbolTable(), TimeSpan.FromHours(8)) { Parallelism = 1, ChunkBytes = long.MaxValue }.Read(manifest, sink);
                runs.Add(sw.Elapsed.TotalSeconds);
                process.Refresh();
                cpus.Add((process.TotalProcessorTime - cpu).TotalSeconds);
                rows = sink.Count;
                if (result.Errors.Count > 0)
                {
                    Console.Error.WriteLine(string.Join('\n', result.Errors));
                    return 1;
                }
            }
            var best = runs.Min();
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{file}: {bytes / 1e6:F0} MB stored, {rows:N0} rows accepted; one core, best of {repeats}: {rows / best:N0} rows/s, {bytes / 1e6 / best:F0} MB/s "
                + $"[{string.Join(", ", runs.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))} s]; "
                + $"per CPU second (user + sys of the process, best): {rows / cpus.Min():N0} rows/s [{string.Join(", ", cpus.Select(r => r.ToString("F2", CultureInfo.InvariantCulture)))} s CPU]"));
            return 0;
        }
        finally
        {
            Directory.Delete(dir, recursive: true);
        }
    }

    /// <summary>The ingest phase of <c>assess</c> on a whole case, <paramref name="repeats"/> times: wall, CPU seconds, rows.</summary>
    private static int RunCase(string dir, int repeats)
    {
        var manifest = CaseDiscovery.Discover(dir);
        var bytes = manifest.Files.Values.SelectMany(f => f).Sum(f => new FileInfo(f).Length);
        using var allocations = AllocationTicks.Start();
        for (var i = 0; i < repeats; i++)
        {
            using var process = Process.GetCurrentProcess();
            var cpu = process.TotalProcessorTime;
            var gc = GcFigures.Now();
            var sw = Stopwatch.StartNew();
            using var store = new PartitionStore(PartitionStore.LocalPartitions);
            var result = new CaseReader(new SymbolTable(), TimeSpan.FromHours(8)).Read(manifest, store);
            var wall = sw.Elapsed.TotalSeconds;
            process.Refresh();
            var cpuSeconds = (process.TotalProcessorTime - cpu).TotalSeconds;
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{dir}: {bytes / 1e6:F0} MB, {store.Count:N0} rows stored, {result.Rejections.Count} rejected; wall {wall:F2} s ({store.Count / wall:N0} rows/s), "
                + $"CPU {cpuSeconds:F2} s ({store.Count / cpuSeconds:N0} rows per CPU second), spilled {store.SpilledBytes / 1e6:F0} MB; {GcFigures.Now().Since(gc)}"));
            allocations?.Print();
            if (result.Errors.Count > 0)
            {
                Console.Error.WriteLine(string.Join('\n', result.Errors));
                return 1;
            }
        }
        return 0;
    }

    /// <summary>The runtime's counts that say whether the cores waited on each other: collections and their pauses, lock contention, pool threads.</summary>
    private readonly record struct GcFigures(int Gen0, int Gen1, int Gen2, TimeSpan Pause, long Contention, long Allocated)
    {
        public static GcFigures Now() => new(GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2), GC.GetTotalPauseDuration(),
            Monitor.LockContentionCount, GC.GetTotalAllocatedBytes());

        public string Since(GcFigures before) => string.Create(CultureInfo.InvariantCulture,
            $"GC {Gen0 - before.Gen0}/{Gen1 - before.Gen1}/{Gen2 - before.Gen2} (gen0/1/2), paused {(Pause - before.Pause).TotalSeconds:F2} s, "
            + $"allocated {(Allocated - before.Allocated) / 1e6:F0} MB, lock contentions {Contention - before.Contention}, pool threads {ThreadPool.ThreadCount}, "
            + $"{(System.Runtime.GCSettings.IsServerGC ? "server" : "workstation")} GC, {System.Runtime.GCSettings.LatencyMode}");
    }

    private sealed class CountingSink : ITelemetrySink
    {
        private long _count;

        public long Count => Interlocked.Read(ref _count);

        public void Add(in Record record) => Interlocked.Increment(ref _count);
    }
}
