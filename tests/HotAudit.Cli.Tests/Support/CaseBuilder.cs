using System.Globalization;
using System.Text;

namespace HotAudit.Cli.Tests.Support;

/// <summary>
/// Writes a case folder: telemetry, operation-log and manifest files in chosen formats, and optionally
/// <c>hotaudit.case.yaml</c>. Rows go where the test puts them, in the order it puts them.
/// </summary>
internal sealed class CaseBuilder
{
    private readonly List<(string Name, FileFormat Format, IReadOnlyList<string> Columns, FileBuilder Content)> _files = [];
    private readonly List<ManifestRow> _manifest = [];
    private readonly List<string> _operators = [];
    private string? _yaml;
    private TimeSpan _offset = TimeSpan.FromHours(8);

    /// <summary>Writes <c>hotaudit.case.yaml</c>; <paramref name="tz"/> is also the offset local timestamps are written in.</summary>
    public CaseBuilder WithCaseFile(
        string caseId = "TEST-CASE", string scenario = "internal", string tz = "+08:00",
        DateTimeOffset? from = null, DateTimeOffset? until = null)
    {
        _offset = TimeSpan.Parse(tz.TrimStart('+'), CultureInfo.InvariantCulture) * (tz.StartsWith('-') ? -1 : 1);
        var yaml = new StringBuilder()
            .Append("case: ").AppendLine(caseId)
            .Append("scenario: ").AppendLine(scenario)
            .Append("tz: \"").Append(tz).AppendLine("\"");
        if (from is { } f && until is { } u)
        {
            yaml.AppendLine("period:")
                .Append("  from: ").AppendLine(f.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture))
                .Append("  until: ").AppendLine(u.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        }

        _yaml = yaml.ToString();
        return this;
    }

    /// <summary>Adds events to <c>telemetry.csv</c> (plain UTF-8 CSV).</summary>
    public CaseBuilder Telemetry(IEnumerable<TelemetryEvent> events) =>
        TelemetryFile("telemetry.csv", FileFormat.Csv, f => f.Add(events));

    /// <summary>Adds events to <c>telemetry.csv</c> (plain UTF-8 CSV).</summary>
    public CaseBuilder Telemetry(params TelemetryEvent[] events) => Telemetry((IEnumerable<TelemetryEvent>)events);

    /// <summary>Adds lines to a telemetry file of the given name and format (created on first use).</summary>
    public CaseBuilder TelemetryFile(string name, FileFormat format, Action<FileBuilder> lines) =>
        File(name, format, TelemetryEvent.Columns, lines);

    /// <summary>Adds rows to <c>operations.csv</c>.</summary>
    public CaseBuilder Operations(IEnumerable<OperationRow> rows) =>
        OperationsFile("operations.csv", FileFormat.Csv, f => f.Add(rows));

    /// <summary>Adds rows to <c>operations.csv</c>.</summary>
    public CaseBuilder Operations(params OperationRow[] rows) => Operations((IEnumerable<OperationRow>)rows);

    /// <summary>Adds lines to an operation-log file of the given name and format (created on first use).</summary>
    public CaseBuilder OperationsFile(string name, FileFormat format, Action<FileBuilder> lines) =>
        File(name, format, OperationRow.Columns, lines);

    /// <summary>Adds rows to the manifest <c>patches.csv</c>.</summary>
    public CaseBuilder Manifest(params ManifestRow[] rows)
    {
        _manifest.AddRange(rows);
        return this;
    }

    /// <summary>Adds roster lines to <c>operators.csv</c> as <c>operator,role,permissions,valid_from,valid_to</c>.</summary>
    public CaseBuilder Roster(params string[] csvLines)
    {
        _operators.AddRange(csvLines);
        return this;
    }

    public CaseDirectory Build()
    {
        var root = Path.Combine(Path.GetTempPath(), "hotaudit-tests", Guid.NewGuid().ToString("N"));
        var dir = Path.Combine(root, "case");
        Directory.CreateDirectory(dir);
        var written = _files
            .Select(f => TabularWriter.Write(Path.Combine(dir, f.Name), f.Format, f.Columns, f.Content.Lines, _offset))
            .ToList();
        if (_manifest.Count > 0)
        {
            var lines = new FileBuilder().Add(_manifest).Lines;
            TabularWriter.Write(Path.Combine(dir, "patches.csv"), FileFormat.Csv, ManifestRow.Columns, lines, _offset);
        }

        if (_operators.Count > 0)
        {
            System.IO.File.WriteAllLines(
                Path.Combine(dir, "operators.csv"), ["operator,role,permissions,valid_from,valid_to", .. _operators]);
        }

        if (_yaml is not null)
        {
            System.IO.File.WriteAllText(Path.Combine(dir, "hotaudit.case.yaml"), _yaml);
        }

        return new CaseDirectory(root, dir, written);
    }

    private CaseBuilder File(string name, FileFormat format, IReadOnlyList<string> columns, Action<FileBuilder> lines)
    {
        var existing = _files.FindIndex(f => f.Name == name);
        if (existing < 0)
        {
            _files.Add((name, format, columns, new FileBuilder()));
            existing = _files.Count - 1;
        }
        else if (_files[existing].Format != format)
        {
            throw new InvalidOperationException($"{name} was started as {_files[existing].Format}, not {format}");
        }

        lines(_files[existing].Content);
        return this;
    }
}
