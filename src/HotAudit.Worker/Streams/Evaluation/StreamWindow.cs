using HotAudit.Worker.Streams.Journal;

namespace HotAudit.Worker.Streams.Evaluation;

/// <summary>
/// A stream's window as the two files its evaluations read, kept from one evaluation to the next: the rows that fell
/// out of the window (older than its new start) are left out of the last window's files, and the journal's records
/// written since are read and added — instead of the whole journal read at each evaluation. Each device's rows stay in
/// the order they came (the engine breaks ties of equal instants by file and line). After a start, the first
/// evaluation reads the journal whole.
/// </summary>
internal sealed class StreamWindow
{
    private readonly Lock _gate = new();
    private WindowCursor? _cursor;
    private List<long> _telemetryTs = [];
    private List<long> _operationsTs = [];
    private bool _cut;

    /// <summary>
    /// Writes the window from <paramref name="fromTs"/> as <paramref name="telemetryPath"/> and
    /// <paramref name="operationsPath"/> (each written in <paramref name="scratch"/> first, then moved over the last).
    /// </summary>
    public StreamCase.Window Write(StreamJournal journal, long fromTs, string telemetryPath, string operationsPath, string scratch)
    {
        lock (_gate)
        {
            try
            {
                return WriteFiles(journal, fromTs, telemetryPath, operationsPath, scratch);
            }
            catch
            {
                // The files and what is known of them may no longer match: the next evaluation reads the journal whole.
                _cursor = null;
                throw;
            }
        }
    }

    private StreamCase.Window WriteFiles(StreamJournal journal, long fromTs, string telemetryPath, string operationsPath, string scratch)
    {
        var incremental = _cursor is not null && File.Exists(telemetryPath) && File.Exists(operationsPath);
        var (telemetryTs, operationsTs) = (new List<long>(_telemetryTs.Count), new List<long>(_operationsTs.Count));
        var (telemetryNext, operationsNext) = (Path.Combine(scratch, Path.GetFileName(telemetryPath) + ".next"), Path.Combine(scratch, Path.GetFileName(operationsPath) + ".next"));
        long rows = 0;
        var cut = incremental && _cut;
        WindowRead read;
        using (var telemetry = new FileStream(telemetryNext, PrivateFiles.CreateOptions))
        using (var operations = new FileStream(operationsNext, PrivateFiles.CreateOptions))
        {
            if (incremental)
            {
                rows += Keep(telemetryPath, _telemetryTs, fromTs, telemetry, telemetryTs, ref cut);
                rows += Keep(operationsPath, _operationsTs, fromTs, operations, operationsTs, ref cut);
            }
            read = journal.WriteWindow(fromTs, incremental ? _cursor : null, telemetry, operations, telemetryTs, operationsTs);
        }
        File.Move(telemetryNext, telemetryPath, overwrite: true);
        File.Move(operationsNext, operationsPath, overwrite: true);
        (_cursor, _telemetryTs, _operationsTs, _cut) = (read.Cursor, telemetryTs, operationsTs, cut || read.Cut);
        return new StreamCase.Window(rows + read.Rows, _cut, read.LastBatch);
    }

    /// <summary>Copies the lines of <paramref name="path"/> whose instant (<paramref name="instants"/>, line by line) is at or after <paramref name="fromTs"/>.</summary>
    private static long Keep(string path, List<long> instants, long fromTs, Stream output, List<long> kept, ref bool cut)
    {
        if (instants.Count == 0 || instants.TrueForAll(ts => ts >= fromTs))
        {
            using var whole = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, FileOptions.SequentialScan);
            whole.CopyTo(output, 1 << 16);
            kept.AddRange(instants);
            return instants.Count;
        }
        using var input = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        var buffer = new byte[1 << 20];
        var (start, filled) = (0, 0);
        long count = 0;
        foreach (var ts in instants)
        {
            int end;
            while ((end = buffer.AsSpan(start, filled - start).IndexOf((byte)'\n')) < 0)
            {
                // No whole line left in the buffer: move the rest to its front (growing it for a long line) and read on.
                buffer.AsSpan(start, filled - start).CopyTo(buffer);
                (filled, start) = (filled - start, 0);
                if (filled == buffer.Length)
                {
                    Array.Resize(ref buffer, buffer.Length * 2);
                }
                var n = input.Read(buffer, filled, buffer.Length - filled);
                if (n == 0)
                {
                    throw new InvalidDataException($"{path} has fewer lines than the window had rows");
                }
                filled += n;
            }
            var line = buffer.AsSpan(start, end + 1);
            start += end + 1;
            if (ts >= fromTs)
            {
                output.Write(line);
                kept.Add(ts);
                count++;
            }
            else
            {
                cut = true;
            }
        }
        return count;
    }
}
