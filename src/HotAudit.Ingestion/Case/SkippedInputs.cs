using HotAudit.Core.Contract;
using HotAudit.Core.Quality;

namespace HotAudit.Ingestion;

/// <summary>
/// The files and folders of a case that look like data but are not read: a misnamed export is skipped by design
/// (DATA-CONTRACT.md finds inputs by name), so it must at least be said, with the names HotAudit expects, and a skipped
/// file whose columns are those of telemetry or an operation log is recognised as such.
/// </summary>
internal static class SkippedInputs
{
    private const string Formats = RunMessages.Formats;
    private static readonly string[] DataExtensions = [".csv", ".tsv", ".jsonl", ".ndjson", ".json", ".xlsx", ".xls", ".gz", ".zip", ".log"];
    private static readonly string[] OwnFolders = ["keys", "files", "hotaudit-out"];

    /// <summary>The names HotAudit reads, for messages.</summary>
    public static string ExpectedNames =>
        RunMessages.ExpectedNames.Format(string.Join(", ", Enum.GetValues<InputKind>().Where(k => k.IsTable()).Select(k => k.Prefix() + "*")));

    public static IReadOnlyList<SkippedInput> Find(string dir)
    {
        var skipped = new List<SkippedInput>();
        foreach (var path in Directory.EnumerateFiles(dir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            if (InputFileNames.KindOf(name) is null && DataExtensions.Any(e => name.EndsWith(e, StringComparison.OrdinalIgnoreCase)))
            {
                skipped.Add(File(path, name));
            }
        }
        foreach (var sub in Directory.EnumerateDirectories(dir).Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(sub);
            if (!OwnFolders.Contains(name, StringComparer.OrdinalIgnoreCase) && !name.StartsWith('.') && HasInputs(sub))
            {
                skipped.Add(new(name + "/", RunMessages.SubFolder.Format(name), null));
            }
        }
        return skipped;
    }

    private static SkippedInput File(string path, string name)
    {
        var looksLike = LooksLike(path);
        var prefix = Enum.GetValues<InputKind>().Where(k => k.IsTable()).Cast<InputKind?>()
            .FirstOrDefault(k => name.StartsWith(k!.Value.Prefix(), StringComparison.OrdinalIgnoreCase));
        var reason = prefix is { } kind
            ? RunMessages.ReadsAs.Format(kind.Prefix() + "*", Formats)
            : looksLike is { } like
                ? RunMessages.LooksLike.Format(Words(like), like.Prefix(), $"{like.Prefix()}-{Path.GetFileNameWithoutExtension(name)}.csv")
                : RunMessages.NoInputKind.Format(ExpectedNames);
        return new(name, reason, looksLike);
    }

    /// <summary>
    /// Telemetry or the operation log when at least three of the file's columns are columns of that kind, one of them
    /// its own (event or device_id; action or operator); the kind with more of its own wins.
    /// </summary>
    private static InputKind? LooksLike(string path)
    {
        IReadOnlyList<string> headers;
        try
        {
            headers = HeaderProbe.Names(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
        {
            return null;
        }
        var canonical = headers.Select(HeaderAliases.Canonical).ToHashSet(StringComparer.OrdinalIgnoreCase);
        int Hits(params string[] names) => names.Count(canonical.Contains);
        var (telemetry, operations) = (Hits("event", "device_id"), Hits("action", "operator"));
        var shared = Hits("ts", "app_id", "app_version", "patch_id");
        return telemetry > operations && telemetry + shared >= 3 ? InputKind.Telemetry
            : operations > telemetry && operations + shared >= 3 ? InputKind.Operations
            : null;
    }

    public static string Words(InputKind kind) => kind == InputKind.Telemetry ? RunMessages.TelemetryWords.En : RunMessages.OperationLogWords.En;

    private static bool HasInputs(string dir)
    {
        try
        {
            return Directory.EnumerateFiles(dir).Any(f => InputFileNames.KindOf(Path.GetFileName(f)) is not null);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}
