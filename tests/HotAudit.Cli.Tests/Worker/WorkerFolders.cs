using System.Diagnostics;
using HotAudit.Worker.Tests;

namespace HotAudit.Cli.Tests.Worker;

/// <summary>A temporary root with the worker's folders side by side: inbox, reports, state, processed, failed.</summary>
internal sealed class WorkerFolders : IDisposable
{
    public WorkerFolders() => Directory.CreateDirectory(Inbox);

    public string Root { get; } = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "worker-" + Guid.NewGuid().ToString("N"));

    public string Inbox => Path.Combine(Root, "inbox");

    public string Reports => Path.Combine(Root, "reports");

    public string State => Path.Combine(Root, "state");

    public string Processed => Path.Combine(Root, "processed");

    public string Failed => Path.Combine(Root, "failed");

    public string Journal(string entry) => Path.Combine(State, "journal", entry + ".json");

    /// <summary>Copies a case folder into the inbox and marks it ready (the marker last, as a sender should).</summary>
    public void Drop(string caseFolder, string name)
    {
        var target = Path.Combine(Root, ".incoming-" + name);
        foreach (var file in Directory.EnumerateFiles(caseFolder, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(target, Path.GetRelativePath(caseFolder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }
        File.WriteAllText(Path.Combine(target, "READY"), "");
        Directory.Move(target, Path.Combine(Inbox, name));
    }

    /// <summary>Zips a case folder into the inbox (written beside it, then renamed in, as a sender should).</summary>
    public void DropZip(string caseFolder, string name)
    {
        var temp = Path.Combine(Root, name + ".part");
        ZipFiles.FromFolder(caseFolder, temp);
        File.Move(temp, Path.Combine(Inbox, name));
    }

    /// <summary>True once nothing is left in the inbox and nothing in the journal.</summary>
    public bool Drained =>
        !Directory.EnumerateFileSystemEntries(Inbox).Any()
        && (!Directory.Exists(Path.Combine(State, "journal")) || !Directory.EnumerateFiles(Path.Combine(State, "journal")).Any());

    public static async Task WaitUntilAsync(Func<bool> condition, TimeSpan limit, Func<string> because)
    {
        var watch = Stopwatch.StartNew();
        while (!condition())
        {
            if (watch.Elapsed > limit)
            {
                throw new TimeoutException($"not within {limit}: {because()}");
            }
            await Task.Delay(20);
        }
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test that already has its verdict.
        }
    }
}
