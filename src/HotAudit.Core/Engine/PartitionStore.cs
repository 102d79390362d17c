using System.Runtime.InteropServices;
using HotAudit.Core.Data;

namespace HotAudit.Core.Engine;

/// <summary>
/// Telemetry spilled to disk by device: each record goes to partition <c>DeviceHash mod P</c>, so every event of a device
/// lands in one partition whatever file or format it came from, and memory holds one partition at a time instead of
/// the whole case. Files live in a private temporary folder (0700, files 0600) named after the process, removed on
/// dispose; what a killed process left is removed by the next start (<see cref="RemoveAbandoned"/>). <see cref="Add"/> may be called from
/// several threads at once (files are read in parallel); each partition has its own lock.
/// </summary>
public sealed class PartitionStore : ITelemetrySink, IDisposable
{
    private const int BufferRecords = 2048;
    private readonly string _folder;
    private readonly FileStream[] _files;
    private readonly Record[][] _buffers;
    private readonly int[] _fill;
    private readonly long[] _counts;
    private readonly Lock[] _locks;

    /// <summary>Creates a store of <paramref name="partitions"/> partitions under <paramref name="tempRoot"/> (default: the system temp folder).</summary>
    public PartitionStore(int partitions, string? tempRoot = null)
    {
        Partitions = partitions;
        _folder = Path.Combine(tempRoot ?? Path.GetTempPath(), $"{FolderPrefix}{Environment.ProcessId}-{Guid.NewGuid():N}");
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(_folder);
        }
        else
        {
            Directory.CreateDirectory(_folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        _files = new FileStream[partitions];
        _buffers = new Record[partitions][];
        _fill = new int[partitions];
        _counts = new long[partitions];
        _locks = Enumerable.Range(0, partitions).Select(_ => new Lock()).ToArray();
    }

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

    private static FileStreamOptions PrivateFile()
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.Read, BufferSize = 1 << 16 };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }
        return options;
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
    public long Count => _counts.Sum();

    /// <summary>Whether any record was stored.</summary>
    public bool IsEmpty => Count == 0;

    /// <inheritdoc/>
    public void Add(in Record record)
    {
        var p = (int)(record.DeviceHash % (uint)Partitions);
        lock (_locks[p])
        {
            var buffer = _buffers[p] ??= new Record[BufferRecords];
            buffer[_fill[p]++] = record;
            _counts[p]++;
            if (_fill[p] == BufferRecords)
            {
                Flush(p);
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
            Flush(partition);
        }
        var count = (int)_counts[partition];
        if (count == 0)
        {
            return 0;
        }
        if (buffer.Length < count)
        {
            buffer = new Record[count + (count / 8)];
        }
        var file = _files[partition];
        file.Flush();
        using var reader = new FileStream(file.Name, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 16);
        reader.ReadExactly(MemoryMarshal.AsBytes(buffer.AsSpan(0, count)));
        return count;
    }

    private void Flush(int p)
    {
        if (_fill[p] == 0)
        {
            return;
        }
        var file = _files[p] ??= new FileStream(Path.Combine(_folder, $"p{p:D4}.bin"), PrivateFile());
        file.Write(MemoryMarshal.AsBytes(_buffers[p].AsSpan(0, _fill[p])));
        _fill[p] = 0;
    }

    /// <inheritdoc/>
    public void Dispose()
    {
        foreach (var f in _files)
        {
            f?.Dispose();
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
