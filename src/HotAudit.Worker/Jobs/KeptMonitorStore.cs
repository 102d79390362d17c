using System.Text;
using System.Text.Json;
using HotAudit.Anomalies.Memory;
using Microsoft.Extensions.Logging;

namespace HotAudit.Worker;

/// <summary>
/// The anomaly monitor's kept days of one case: <c>&lt;state&gt;/models/&lt;source&gt;/&lt;case&gt;/&lt;app_id&gt;.zip</c>, one
/// file per app, inbox cases and schedules apart (<see cref="ReportFolders"/>). A schedule adopts the folder an earlier
/// version kept at <c>models/&lt;schedule&gt;/</c>. A file that cannot be read (corrupt, other format or feature catalog) is skipped with a log line and replaced at
/// the next save; a file is replaced atomically (temporary file, then rename).
/// </summary>
internal sealed class KeptMonitorStore(string folder, string caseName, ILogger log)
{
    public static KeptMonitorStore For(WorkerPaths paths, string source, string caseName, ILogger log)
    {
        var folder = Path.Combine(paths.Models, source, FileName(caseName));
        var legacy = Path.Combine(paths.Models, FileName(caseName));
        if (source == ReportFolders.ScheduleSource && !Directory.Exists(folder) && Directory.Exists(legacy) && !IsNamespace(legacy))
        {
            PrivateFiles.CreateFolder(Path.GetDirectoryName(folder)!);
            Directory.Move(legacy, folder);
        }
        return new(folder, caseName, log);
    }

    private static bool IsNamespace(string folder) => Path.GetFileName(folder) is ReportFolders.InboxSource or ReportFolders.ScheduleSource;

    public MonitorMemory Load()
    {
        if (!Directory.Exists(folder))
        {
            return MonitorMemory.Empty;
        }
        var parts = new List<MonitorMemory>();
        foreach (var path in Directory.EnumerateFiles(folder, "*.zip").Order(StringComparer.Ordinal))
        {
            try
            {
                using var stream = File.OpenRead(path);
                parts.Add(MonitorMemory.Read(stream));
            }
            catch (Exception e) when (e is InvalidDataException or IOException or UnauthorizedAccessException or JsonException)
            {
                WorkerLog.KeptStateIgnored(log, path, e.Message);
            }
        }
        var memory = MonitorMemory.Merge(parts);
        WorkerLog.KeptStateLoaded(log, caseName, memory.Count, memory.Apps.Count);
        return memory;
    }

    /// <summary>Writes every app's file; a failure is logged, not thrown: the run's report is already out.</summary>
    public void Save(MonitorMemory memory)
    {
        try
        {
            PrivateFiles.CreateFolder(folder);
            foreach (var app in memory.Apps)
            {
                var path = Path.Combine(folder, FileName(app) + ".zip");
                var temp = Path.Combine(folder, "." + FileName(app) + ".tmp");
                using (var stream = new FileStream(temp, PrivateFiles.CreateOptions))
                {
                    memory.Write(app, stream);
                    stream.Flush(flushToDisk: true);
                }
                File.Move(temp, path, overwrite: true);
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            WorkerLog.KeptStateNotSaved(log, caseName, e.Message);
        }
    }

    /// <summary>
    /// A name as one safe path segment: letters, digits, '-', '_' and inner '.' as they are, anything else as %XX; a
    /// name whose escaped form would pass 200 characters is cut and followed by a hash of the whole.
    /// </summary>
    internal static string FileName(string name)
    {
        var b = new StringBuilder();
        foreach (var x in Encoding.UTF8.GetBytes(name))
        {
            var c = (char)x;
            var plain = char.IsAsciiLetterOrDigit(c) || c is '-' or '_' || (c == '.' && b.Length > 0);
            b.Append(plain ? c : $"%{x:X2}");
        }
        return b.Length == 0 ? "%" : b.Length <= 200 ? b.ToString() : b.ToString(0, 120).TrimEnd('%') + "~" + CaseNames.Hash(name)[..16];
    }
}
