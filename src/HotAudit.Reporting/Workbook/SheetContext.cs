using HotAudit.Core.Assessment;
using HotAudit.Core.Findings;
using HotAudit.Core.Quality;
using HotAudit.Core.Rules;

namespace HotAudit.Reporting.Workbook;

/// <summary>What every sheet needs: the result, the language shown first, and where each finding's row is.</summary>
internal sealed class SheetContext(AssessmentResult result, string lang)
{
    /// <summary>First data row of the Findings sheet (row 1 is the header).</summary>
    public const int FirstFindingRow = 2;

    private readonly Dictionary<string, int> _findingRows = result.Findings
        .Select((f, i) => (f.Id, Row: i + FirstFindingRow))
        .GroupBy(p => p.Id, StringComparer.Ordinal)
        .ToDictionary(g => g.Key, g => g.First().Row, StringComparer.Ordinal);

    public AssessmentResult Result { get; } = result;

    public TimeSpan Offset => Result.Case.Offset;

    public bool Zh { get; } = lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase);

    public string Lang { get; } = lang;

    /// <summary>Native charts the sheets ask for, written with the package.</summary>
    public List<WorkbookChart> Charts { get; } = [];

    private readonly Dictionary<string, List<int>> _breaks = new(StringComparer.Ordinal);

    /// <summary>Asks for a page break before <paramref name="row"/> of <paramref name="sheet"/> when it prints.</summary>
    public void BreakBefore(string sheet, int row)
    {
        if (!_breaks.TryGetValue(sheet, out var rows))
        {
            _breaks[sheet] = rows = [];
        }
        rows.Add(row);
    }

    /// <summary>The rows a sheet asked to start a printed page.</summary>
    public IReadOnlyList<int> BreaksBefore(string sheet) => _breaks.TryGetValue(sheet, out var rows) ? rows : [];

    /// <summary>A label in both languages, the chosen one first.</summary>
    public string L(string zh, string en) => Zh ? $"{zh} / {en}" : $"{en} / {zh}";

    /// <summary>A title in the chosen language, where only one fits.</summary>
    public string Title(LocalizedText text) => text.For(Lang);

    /// <summary>A word in the chosen language (verdicts, severities, ...: never an identifier).</summary>
    public string W(LocalizedText word) => word.For(Lang);

    /// <summary>A message HotAudit wrote in English (a notice, a data-quality issue, a file's error) in the report's language.</summary>
    public string M(string? message) => message is null ? string.Empty : Lang.StartsWith("zh", StringComparison.OrdinalIgnoreCase) ? ChineseText.Of(message) : message;

    /// <summary>"yes"/"no" in both languages.</summary>
    public string YesNo(bool value) => value ? L("是", "yes") : L("否", "no");

    /// <summary>The Findings-sheet row of the first of these findings that is listed, if any.</summary>
    public int? FindingRow(IEnumerable<Finding> findings)
    {
        foreach (var f in findings)
        {
            if (_findingRows.TryGetValue(f.Id, out var row))
            {
                return row;
            }
        }
        return null;
    }

    /// <summary>A subject as <c>key=value; ...</c> (an absent value shows as empty).</summary>
    public static string Subject(Finding f) => string.Join("; ", f.Subject.Select(s => $"{s.Key}={s.Value}"));

    /// <summary>Ticks as ISO-8601 in the case's offset.</summary>
    public string Iso(long utcTicks) => Core.Time.Timestamps.Format(utcTicks, Offset);
}
