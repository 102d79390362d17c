using System.Security.Cryptography;

namespace HotAudit.Ingestion;

/// <summary>
/// Splits the telemetry files of a case into chunks that can be read independently (on other cores or other machines)
/// and hashes every file on the way: one sequential read per file gives both its SHA-256 and its chunk boundaries.
/// A boundary is placed after the first line break at or past every <c>chunkBytes</c>; its line number is counted, so
/// every row keeps the physical line it has in the file.
/// </summary>
public static class ChunkPlanner
{
    /// <summary>The chunk size used when none is given: large enough that a chunk's fixed costs vanish, small enough to spread.</summary>
    public const long DefaultChunkBytes = 64L << 20;

    private const int BlockBytes = 1 << 20;

    /// <summary>Plans the chunks of the telemetry files of <paramref name="manifest"/> (file indexes as <see cref="CaseReader"/> gives them).</summary>
    public static ChunkPlan Plan(CaseManifest manifest, long chunkBytes, int parallelism) => Plan(CaseInput.All(manifest), chunkBytes, parallelism);

    /// <summary>Plans the chunks of the telemetry files among <paramref name="inputs"/>; files are scanned in parallel.</summary>
    internal static ChunkPlan Plan(IReadOnlyList<CaseInput> inputs, long chunkBytes, int parallelism) => Plan(inputs, chunkBytes, parallelism, hash: true).Plan;

    /// <summary>The plan, and the files that were scanned (hashed with it when <paramref name="hash"/>).</summary>
    private static (ChunkPlan Plan, List<int> Scanned) Plan(IReadOnlyList<CaseInput> inputs, long chunkBytes, int parallelism, bool hash)
    {
        var telemetry = Enumerable.Range(0, inputs.Count).Where(i => inputs[i].Kind == Core.Contract.InputKind.Telemetry).ToList();
        var perFile = new (List<TelemetryChunk> Chunks, string? Sha, bool Scanned)[inputs.Count];
        Parallel.ForEach(telemetry, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) },
            i => perFile[i] = PlanFile(inputs[i], i, chunkBytes, hash));
        var chunks = new List<TelemetryChunk>();
        var hashes = new Dictionary<int, string>();
        foreach (var i in telemetry)
        {
            var first = chunks.Count;
            chunks.AddRange(perFile[i].Chunks.Select((c, k) => c with { Id = first + k }));
            if (perFile[i].Sha is { } sha)
            {
                hashes[i] = sha;
            }
        }
        return (new ChunkPlan(chunks, hashes), [.. telemetry.Where(i => perFile[i].Scanned)]);
    }

    /// <summary>
    /// Plans as <see cref="Plan(IReadOnlyList{CaseInput}, long, int)"/> does, but the scan only finds the boundaries: the
    /// SHA-256 of each file it read is computed by the returned task, a second read of the file started now,
    /// so that the chunks can be read (a cluster's readers) while the planner hashes. The plan's <see cref="ChunkPlan.Sha256"/>
    /// is empty; the task's dictionary is what <see cref="Plan(IReadOnlyList{CaseInput}, long, int)"/> would have put there
    /// (a file that cannot be read again is left out, as a file the scan could not read is).
    /// </summary>
    internal static (ChunkPlan Plan, Task<IReadOnlyDictionary<int, string>> Hashes) PlanHashingAside(IReadOnlyList<CaseInput> inputs, long chunkBytes, int parallelism)
    {
        var (plan, scanned) = Plan(inputs, chunkBytes, parallelism, hash: false);
        var hashes = Task.Run(() =>
        {
            var found = new string?[inputs.Count];
            Parallel.ForEach(scanned, new ParallelOptions { MaxDegreeOfParallelism = Math.Max(1, parallelism) }, i =>
            {
                try
                {
                    found[i] = Hash(inputs[i].Path);
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    // As when the scan cannot read it: the file's report takes what its readers found.
                }
            });
            return (IReadOnlyDictionary<int, string>)scanned.Where(i => found[i] is not null).ToDictionary(i => i, i => found[i]!);
        });
        return (plan, hashes);
    }

    /// <summary>The telemetry files among <paramref name="inputs"/> as one whole chunk each, in file order; no file is read.</summary>
    internal static ChunkPlan Whole(IReadOnlyList<CaseInput> inputs) =>
        new([.. Enumerable.Range(0, inputs.Count).Where(i => inputs[i].Kind == Core.Contract.InputKind.Telemetry).Select((file, id) => new TelemetryChunk(id, file, 0, -1, 1, 0))],
            new Dictionary<int, string>());

    private static (List<TelemetryChunk>, string?, bool Scanned) PlanFile(CaseInput input, int fileIndex, long chunkBytes, bool hash)
    {
        var whole = new List<TelemetryChunk> { new(0, fileIndex, 0, -1, 1, 0) };
        try
        {
            if (!Splittable(input, chunkBytes))
            {
                // Read whole, and hashed while read: no pass here.
                return (whole, null, false);
            }
            var scan = new BoundaryScan(input.Format.Layout == InputLayout.Delimited, chunkBytes);
            var sha = Read(input.Path, scan, hash);
            var boundaries = scan.Result(input.Size);
            if (boundaries is null)
            {
                return (whole, sha, true);
            }
            var chunks = new List<TelemetryChunk>();
            var start = 0L;
            var line = 1;
            foreach (var (end, nextLine) in boundaries.Append((input.Size, 0)))
            {
                chunks.Add(new TelemetryChunk(chunks.Count, fileIndex, start, end, line, start == 0 ? 0 : scan.HeaderEnd));
                (start, line) = (end, nextLine);
            }
            return (chunks, sha, true);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The reader of the whole chunk meets the same problem and reports it with the file's name.
            return (whole, null, false);
        }
    }

    /// <summary>The SHA-256 of a whole file, as its report gives it.</summary>
    private static string Hash(string path) => Read(path, null, hash: true)!;

    /// <summary>Reads a file once: through the boundary scan when given, and its SHA-256 when <paramref name="hash"/> (else null).</summary>
    private static string? Read(string path, BoundaryScan? scan, bool hash)
    {
        using var file = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1, FileOptions.SequentialScan);
        using var sha = hash ? IncrementalHash.CreateHash(HashAlgorithmName.SHA256) : null;
        var buffer = new byte[BlockBytes];
        int n;
        while ((n = file.Read(buffer)) > 0)
        {
            sha?.AppendData(buffer, 0, n);
            scan?.Block(buffer.AsSpan(0, n));
        }
        return sha is null ? null : Convert.ToHexStringLower(sha.GetHashAndReset());
    }

    private static bool Splittable(CaseInput input, long chunkBytes)
    {
        if (input.Format.Gzip || input.Format.Layout == InputLayout.Workbook || input.Size <= chunkBytes)
        {
            return false;
        }
        var sample = InputStream.Sample(input.Path, gzip: false, out var complete);
        return EncodingDetector.Detect(sample, complete).Encoding is not System.Text.UnicodeEncoding;
    }
}
