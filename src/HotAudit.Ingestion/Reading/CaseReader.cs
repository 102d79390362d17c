using HotAudit.Core.Clauses;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Quality;
using HotAudit.Core.Symbols;

namespace HotAudit.Ingestion;

/// <summary>
/// Reads every input of a case (DATA-CONTRACT.md): operation log first, then telemetry, then reference data. Accepted
/// telemetry streams into an <see cref="ITelemetrySink"/>; the rest comes back in an <see cref="IngestResult"/>. A file
/// that cannot be read is reported as an error of the run and the other files are still read.
/// </summary>
public sealed class CaseReader
{
    private readonly SymbolTable _symbols;
    private readonly TimeSpan _offset;

    /// <summary>Creates a reader that interns values into <paramref name="symbols"/> and reads local times at <paramref name="offset"/>.</summary>
    public CaseReader(SymbolTable symbols, TimeSpan offset)
    {
        _symbols = symbols;
        _offset = offset;
    }

    /// <summary>Reads the case described by <paramref name="manifest"/>.</summary>
    /// <exception cref="CaseInputException">The attestations file is malformed.</exception>
    /// <exception cref="OperationCanceledException"><paramref name="ct"/> was cancelled.</exception>
    public IngestResult Read(CaseManifest manifest, ITelemetrySink telemetry, IProgress<IngestProgress>? progress = null, CancellationToken ct = default)
    {
        var attestations = manifest.AttestationsFile is { } file
            ? AttestationsReader.Read(file) : new Dictionary<string, Attestation>();
        var inputs = CaseInput.All(manifest);
        var state = new IngestState(telemetry, progress, inputs.Sum(i => i.Size), ct);
        var tables = new ReferenceTables();
        var validators = new Dictionary<InputKind, RowValidator>();
        var reports = new InputFileReport[inputs.Count];
        foreach (var kind in new[] { InputKind.Operations, InputKind.Telemetry })
        {
            validators[kind] = new RowValidator(Schemas.For(kind), _symbols, _offset);
        }
        var telemetryFiles = Enumerable.Range(0, inputs.Count).Where(i => inputs[i].Kind == InputKind.Telemetry).ToList();
        var children = telemetryFiles.ToDictionary(i => i, _ => state.ForFile());
        for (var i = 0; i < inputs.Count; i++)
        {
            if (inputs[i].Kind != InputKind.Telemetry)
            {
                reports[i] = ReadFile(inputs[i], CreateSink(i, inputs[i], state, tables, validators), state, manifest.Mapping);
            }
        }
        // Telemetry files are independent: read them side by side; the store and the symbol table take concurrent adds.
        Parallel.ForEach(telemetryFiles, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct },
            i => reports[i] = ReadFile(inputs[i], CreateSink(i, inputs[i], children[i], tables, validators), children[i], manifest.Mapping));
        foreach (var i in telemetryFiles)
        {
            state.Absorb(children[i]);
        }
        var references = new ReferenceData(tables.Build(), manifest.KeysDirectory, attestations);
        var errors = reports.Where(r => r.Error is not null).Select(r => $"{r.Name}: {r.Error}").ToList();
        var order = inputs.Select((input, i) => (input.Name, i)).ToDictionary(x => x.Name, x => x.i, StringComparer.Ordinal);
        return new IngestResult([.. inputs.Select(i => i.Name)], [.. reports], state.Operations, references,
            [.. state.Rejections.OrderBy(r => order.GetValueOrDefault(r.File)).ThenBy(r => r.Line)],
            [.. state.Issues.OrderBy(r => order.GetValueOrDefault(r.File)).ThenBy(r => r.Line)], errors, state.Span.FirstTs, state.Span.LastTs);
    }

    private FileSink CreateSink(int index, CaseInput input, IngestState state, ReferenceTables tables, Dictionary<InputKind, RowValidator> validators)
    {
        var schema = Schemas.For(input.Kind);
        return input.Kind.IsEventLog()
            ? new EventLogSink(input.Name, index, input.Kind, validators[input.Kind], state)
            : new ReferenceSink(input.Name, schema, _offset, tables.For(input.Kind), state);
    }

    private static InputFileReport ReadFile(CaseInput input, FileSink sink, IngestState state, CaseMapping? mapping)
    {
        var section = mapping?.For(input.Kind);
        string? error = null;
        var sha = string.Empty;
        try
        {
            sha = InputFileReader.Sha256(input.Path);
            InputFileReader.Read(input, sink, section);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            error = InputFileReader.Describe(input, e);
        }
        sink.Finish();
        state.FileDone(input.Size);
        state.Report(input.Name, sink.Tally.Rows, 0);
        var t = sink.Tally;
        var format = section is null ? input.Format.Name : $"{input.Format.Name} (mapping: {mapping!.Name})";
        return new InputFileReport(input.Name, input.Kind, format, sink.Encoding, t.Rows, t.Rejected, t.Duplicates,
            t.FirstTs, t.LastTs, sha, error);
    }
}
