using System.Text;

namespace HotAudit.Ingestion;

/// <summary>
/// Reads a whole telemetry file of lines on every core: this thread reads it (inflating a compressed one within the
/// inflation limits, hashing the stored bytes on the way) and cuts the content into blocks that end at a line break;
/// the blocks are parsed side by side, each behind the file's header line and numbered from its first line, like the
/// chunks of a planned file. A gzip stream cannot be entered in the middle, so without this one core parsed the whole
/// file while the other idled; a plain file is read once (no planning pass before its chunks are read again), and its
/// parsing starts with its first block.
/// What would make a cut unsafe is read as before, in one piece: a UTF-16 file, a delimited file with a quote (a quoted
/// field may hold a line break) or a CR without LF, from the block where that first shows to the end of the file.
/// </summary>
internal static class InflatedChunks
{
    /// <summary>Inflated bytes per block of a compressed file at most.</summary>
    public const int BlockBytes = 16 << 20;

    /// <summary>Bytes per block of a plain file at most (reading them costs less than inflating: smaller blocks keep the parsers fed, and memory low).</summary>
    public const int PlainBlockBytes = 4 << 20;

    /// <summary>Whether <paramref name="chunk"/> is a whole file of lines (compressed or not), to be read with <see cref="Read"/>.</summary>
    public static bool Applies(CaseInput input, TelemetryChunk chunk) =>
        chunk.IsWholeFile && input.Format.Layout is InputLayout.Delimited or InputLayout.JsonLines;

    /// <summary>The most bytes a block of <paramref name="input"/> holds, within <paramref name="chunkBytes"/>.</summary>
    public static int BlockBytesOf(CaseInput input, long chunkBytes) => (int)Math.Min(input.Format.Gzip ? BlockBytes : PlainBlockBytes, chunkBytes);

    /// <summary>
    /// Reads the file of <paramref name="chunk"/>; the first result has the chunk's id, the others ids from
    /// <paramref name="nextId"/> (increasing, after every id of the plan), in the file's line order.
    /// </summary>
    public static IReadOnlyList<ChunkResult> Read(
        TelemetryChunkReader reader, TelemetryChunk chunk, IngestState state, int parallelism, int blockBytes, Func<int> nextId, CancellationToken ct)
    {
        var input = reader.Input(chunk.File);
        byte[] sample;
        DetectedEncoding encoding;
        try
        {
            sample = InputStream.Sample(input.Path, input.Format.Gzip, out var complete);
            encoding = EncodingDetector.Detect(sample, complete);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return [reader.Read(chunk, state.ForFile())];
        }
        var delimited = input.Format.Layout == InputLayout.Delimited;
        if (encoding.Encoding is UnicodeEncoding || (delimited && !Clean(sample)))
        {
            return [reader.Read(chunk, state.ForFile())];
        }
        return new Inflater(reader, chunk, input, state, encoding, sample, delimited, Math.Max(1, blockBytes), nextId).Run(Math.Max(2, parallelism), ct);
    }

    /// <summary>Whether lines of a delimited file can be cut at every LF of these bytes (<see cref="BoundaryScan.CutSafe"/>), a final CR included.</summary>
    private static bool Clean(ReadOnlySpan<byte> bytes) => BoundaryScan.CutSafe(bytes, out var endsInCr) && !endsInCr;

    private sealed class Inflater(
        TelemetryChunkReader reader, TelemetryChunk chunk, CaseInput input, IngestState state, DetectedEncoding encoding, byte[] sample,
        bool delimited, int blockBytes, Func<int> nextId)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<int, ChunkResult> _results = new();
        private int _blocks;
        private readonly List<Task> _parsing = [];
        private readonly System.Collections.Concurrent.ConcurrentBag<byte[]> _free = [];
        private ReadOnlyMemory<byte> _header = ReadOnlyMemory<byte>.Empty;
        private int _line = 1;
        private long _storedDone;

        public IReadOnlyList<ChunkResult> Run(int inFlight, CancellationToken ct)
        {
            using var gate = new SemaphoreSlim(inFlight);
            string sha;
            string? error = null;
            using (var content = InputStream.OpenHashed(input.Path, input.Format.Gzip, input.Limits))
            {
                try
                {
                    Produce(content, gate, ct);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    error = InputFileReader.Describe(input, e);
                }
                finally
                {
                    WaitForParsing();
                }
                sha = content.FinishHash();
            }
            if (_blocks == 0 && error is null)
            {
                // Nothing inflated: read as a whole file, which says what an empty file lacks (e.g. its header line).
                return [reader.Read(chunk, state.ForFile())];
            }
            state.FileDone(input.Size - _storedDone);
            var results = Enumerable.Range(0, _blocks).Select(i => _results[i]).ToList();
            if (error is not null)
            {
                results.Add(new ChunkResult(results.Count == 0 ? chunk.Id : nextId(), chunk.File, encoding.Name, 0, 0, null, null, [], [], 0, error, string.Empty));
            }
            results[0] = results[0] with { Sha256 = sha };
            return results;
        }

        private void Produce(InputStream content, SemaphoreSlim gate, CancellationToken ct)
        {
            var carry = Array.Empty<byte>();
            while (true)
            {
                gate.Wait(ct);
                // Not zeroed: only the bytes read into it are looked at (a 4 MiB block zeroed was ~0.5 % of the ingest's CPU).
                var buffer = _free.TryTake(out var reused) && reused.Length > carry.Length ? reused : GC.AllocateUninitializedArray<byte>(Math.Max(blockBytes, carry.Length + 1));
                carry.CopyTo(buffer, 0);
                var filled = carry.Length;
                var end = false;
                try
                {
                    end = Fill(content.Content, buffer, ref filled);
                }
                catch (Exception) when (filled > 0)
                {
                    // Inflating failed: the complete lines before the failure are read, as a whole-file read would have.
                    var complete = buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
                    if (complete > 0 && (!delimited || Clean(buffer.AsSpan(0, complete))))
                    {
                        Parse(new ArraySegment<byte>(buffer, 0, complete), content, gate);
                    }
                    else
                    {
                        gate.Release();
                    }
                    throw;
                }
                if (filled == 0)
                {
                    gate.Release();
                    return;
                }
                var cut = end ? filled : buffer.AsSpan(0, filled).LastIndexOf((byte)'\n') + 1;
                if (cut == 0 || (delimited && !Clean(buffer.AsSpan(0, cut))) || (_blocks == 0 && delimited && !BoundaryScan.HeaderFirst(buffer.AsSpan(0, cut))))
                {
                    // A line longer than a block, a quote, or a file whose first line is not its header (a blank line,
                    // Excel's sep= hint: later blocks would be read behind that line instead of the header): the rest
                    // of the file is read in one piece, here.
                    ParseRest(new ArraySegment<byte>(buffer, 0, filled), content, gate);
                    return;
                }
                if (_blocks == 0 && delimited)
                {
                    var lf = buffer.AsSpan(0, cut).IndexOf((byte)'\n');
                    _header = buffer.AsSpan(0, lf + 1).ToArray();
                }
                carry = buffer.AsSpan(cut, filled - cut).ToArray();
                Parse(new ArraySegment<byte>(buffer, 0, cut), content, gate);
                if (end)
                {
                    return;
                }
            }
        }

        /// <summary>Reads until the buffer is full (false) or the content ends (true).</summary>
        private static bool Fill(Stream content, byte[] buffer, ref int filled)
        {
            while (filled < buffer.Length)
            {
                var n = content.Read(buffer, filled, buffer.Length - filled);
                if (n == 0)
                {
                    return true;
                }
                filled += n;
            }
            return false;
        }

        /// <summary>Parses a block on another core; the gate is released when it is done.</summary>
        private void Parse(ArraySegment<byte> block, InputStream content, SemaphoreSlim gate)
        {
            var (index, id, firstLine, header, stored) = Next(block, content);
            _parsing.Add(Task.Run(() =>
            {
                try
                {
                    _results[index] = reader.Read(id, chunk.File, state.ForFile(), stored, (i, sink, mapping) =>
                        InputFileReader.ReadBlock(i, sink, mapping, encoding, sample, header, block, firstLine));
                }
                finally
                {
                    _free.Add(block.Array!);
                    gate.Release();
                }
            }));
        }

        /// <summary>Parses the block and everything after it on this thread.</summary>
        private void ParseRest(ArraySegment<byte> block, InputStream content, SemaphoreSlim gate)
        {
            WaitForParsing();
            var (index, id, firstLine, header, _) = Next(block, content);
            try
            {
                _results[index] = reader.Read(id, chunk.File, state.ForFile(), 0, (i, sink, mapping) =>
                    InputFileReader.ReadBlock(i, sink, mapping, encoding, sample, header, block, firstLine, content.Content));
            }
            finally
            {
                gate.Release();
            }
        }

        private (int Index, int Id, int FirstLine, ReadOnlyMemory<byte> Header, long Stored) Next(ArraySegment<byte> block, InputStream content)
        {
            var index = _blocks++;
            var id = index == 0 ? chunk.Id : nextId();
            var firstLine = _line;
            var header = index == 0 ? ReadOnlyMemory<byte>.Empty : _header;
            var position = content.Progress;
            var stored = position - _storedDone;
            _storedDone = position;
            _line += block.AsSpan().Count((byte)'\n');
            return (index, id, firstLine, header, stored);
        }

        /// <summary>Waits for the blocks handed out so far (only the inflating thread hands them out and waits).</summary>
        private void WaitForParsing()
        {
            try
            {
                Task.WaitAll([.. _parsing]);
            }
            catch (AggregateException e) when (e.InnerExceptions.Any(x => x is OperationCanceledException))
            {
                throw e.InnerExceptions.First(x => x is OperationCanceledException);
            }
        }
    }
}
