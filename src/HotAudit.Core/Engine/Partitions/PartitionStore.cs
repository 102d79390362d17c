using HotAudit.Core.Data;

namespace HotAudit.Core.Engine;

/// <summary>
/// Telemetry by device: each record goes to partition <c>DeviceHash mod P</c>, so every event of a device lands in one
/// partition whatever file or format it came from. A partition holds its records encoded (<see cref="RecordCodec"/>, ~30
/// bytes an event instead of 144) in memory while the process's <see cref="MemoryBudget"/> has room, and appends further
/// chunks to its file past it, so a case that fits is never written to disk and one that does not is read back chunk by
/// chunk. Files live in a private temporary folder (0700, files 0600) named after the process, created at the first
/// spill and removed on dispose; what a killed process left is removed by the next start (<see cref="RemoveAbandoned"/>).
/// <see cref="Add"/> may be called from several threads at once (files are read in parallel); each partition has its own lock.
/// </summary>
public sealed class PartitionStore : ITelemetrySink, IDisposable, IPartitionSource
{
    private readonly string _folder;
    private readonly PartitionStream[] _streams;
    private readonly Lock[] _locks;
    private readonly Lock _folderGate = new();
    private bool _folderCreated;

    /// <summary>
    /// Creates a store of <paramref name="partitions"/> partitions that spills under <paramref name="tempRoot"/> (default:
    /// the system temp folder) past <paramref name="budget"/> (default: <see cref="MemoryBudget.Process"/>).
    /// </summary>
    public PartitionStore(int partitions, string? tempRoot = null, MemoryBudget? budget = null)
    {
        Partitions = partitions;
        _folder = Path.Combine(tempRoot ?? Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        var shared = budget ?? MemoryBudget.Process;
        _streams = Enumerable.Range(0, partitions).Select(p => new PartitionStream(shared, () => OpenSpill(p))).ToArray();
        _locks = Enumerable.Range(0, partitions).Select(_ => new Lock()).ToArray();
    }

    /// <summary>The partitions of a store on one machine: small enough that a worker's decoded partition stays small.</summary>
    public const int LocalPartitions = 64;

    private const string FolderPrefix = "hotaudit-p";

    /// <summary>
    /// Removes the partition folders under <paramref name="tempRoot"/> (default: the system temp folder) whose process
    /// is gone (killed before it could dispose its store); returns how many. Folders of running processes stay.
    /// </summary>
    public static int RemoveAbandoned(string? tempRoot = null)
    {
        var removed = 0;
        foreach (var dir in Directory.EnumerateDirectories(tempRoot ?? Path.GetTempPath(), FolderPrefix + "*"))
        {
            var name = Path.GetFileName(dir)[FolderPrefix.Length..];
            var dash = name.IndexOf('-', StringComparison.Ordinal);
            if (dash > 0 && int.TryParse(name[..dash], out var pid) && !ProcessAlive(pid))
            {
                try
                {
                    Directory.Delete(dir, recursive: true);
                    removed++;
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // Another user's folder, or one being removed by someone else: not ours to insist on.
                }
            }
        }
        return removed;
    }

    private static bool ProcessAlive(int pid)
    {
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
        catch (Exception e) when (e is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            return true;
        }
    }

    /// <summary>Number of partitions.</summary>
    public int Partitions { get; }

    /// <summary>Records stored.</summary>
    public long Count => _streams.Sum(s => s.Count);

    /// <summary>Whether any record was stored.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>Bytes of encoded records written to disk because the memory budget was exceeded (0 when the case fit).</summary>
    public long SpilledBytes => _streams.Sum(s => s.SpilledBytes);

    /// <inheritdoc/>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    public void Add(in Record record) => AddRange(PartitionOf(record), new ReadOnlySpan<Record>(in record));

    /// <summary>The partition a record goes to (by <see cref="Add"/> or <see cref="AddRange"/>).</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveInlining)]
    internal int PartitionOf(in Record record) => (int)(record.DeviceHash % (uint)Partitions);

    /// <summary>Adds records that all go to <paramref name="partition"/> (<see cref="PartitionOf"/>), under one lock.</summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.AggressiveOptimization)]
    internal void AddRange(int partition, ReadOnlySpan<Record> records)
    {
        var stream = _streams[partition];
        lock (_locks[partition])
        {
            foreach (ref readonly var record in records)
            {
                stream.Add(record);
            }
        }
    }

    /// <summary>Reads a partition's records in the order they were added.</summary>
    public Record[] Read(int partition)
    {
        Record[] records = [];
        var count = Read(partition, ref records);
        return records.Length == count ? records : records[..count];
    }

    /// <summary>
    /// Reads a partition's records, in the order they were added, into the front of <paramref name="buffer"/> (replaced by
    /// a larger one when too small, so one buffer serves partition after partition); returns how many.
    /// </summary>
    public int Read(int partition, ref Record[] buffer)
    {
        lock (_locks[partition])
        {
            var stream = _streams[partition];
            var count = (int)stream.Count;
            if (buffer.Length < count)
            {
                buffer = new Record[count + (count / 8)];
            }
            stream.ReadInto(buffer.AsSpan(0, count));
            return count;
        }
    }

    /// <summary>
    /// Reads a partition as <see cref="Read(int, ref Record[])"/> does, then lets its memory go (back to the budget, for
    /// the partitions still to come and for what their evaluation builds): for a pass that reads each partition once.
    /// A taken partition cannot be read again; <see cref="Count"/> still counts it.
    /// </summary>
    public int Take(int partition, ref Record[] buffer)
    {
        var count = Read(partition, ref buffer);
        lock (_locks[partition])
        {
            _streams[partition].Release();
        }
        return count;
    }

    private FileStream OpenSpill(int partition)
    {
        lock (_folderGate)
        {
            if (!_folderCreated)
            {
                if (OperatingSystem.IsWindows())
                {
                    Directory.CreateDirectory(_folder);
                }
                else
                {
                    Directory.CreateDirectory(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
                }
                _folderCreated = true;
            }
        }
        var path = Path.Combine(_folder, $"p{partition:D4}.bin");
        // Unbuffered: the stream only owns the handle, chunks are written and read at their offsets.
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.ReadWrite, BufferSize = 0 };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        return new FileStream(path, options);
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var s in _streams)
        {
            s.Dispose();
        }
        if (!_folderCreated)
        {
            return;
        }
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless; the assessment's result does not depend on it.
        }
    }
}
