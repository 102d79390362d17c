using System.Text.Json;

namespace HotAudit.Cli.Tests.Support;

/// <summary>
/// An output folder that outlives one run, so a test can run <c>hotaudit assess</c> several times into it (or with a
/// waiver file next to it) and read every report it wrote.
/// </summary>
internal sealed class OutFolder : IDisposable
{
    private readonly string _root = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "hotaudit-tests", "run-" + Guid.NewGuid().ToString("N"));

    public OutFolder() => Directory.CreateDirectory(_root);

    /// <summary>The folder passed as <c>--out</c> (created by the run).</summary>
    public string Path => System.IO.Path.Combine(_root, "out");

    /// <summary>Runs <c>hotaudit assess CASE --out OUT</c> with the given options; returns the exit code.</summary>
    public Task<int> AssessAsync(CaseDirectory caseDir, params string[] options) =>
        global::HotAudit.Cli.Program.Main(["assess", caseDir.Path, "--out", Path, .. options]);

    /// <summary>Writes a file next to the out folder (e.g. a waiver file) and returns its path.</summary>
    public string WriteFile(string name, string text)
    {
        var path = System.IO.Path.Combine(_root, name);
        File.WriteAllText(path, text);
        return path;
    }

    /// <summary>The path of a report in the out folder.</summary>
    public string Report(string name) => System.IO.Path.Combine(Path, name);

    /// <summary>findings.json as parsed JSON.</summary>
    public JsonElement FindingsJson()
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Report("findings.json")));
        return doc.RootElement.Clone();
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test that already has its verdict.
        }
    }
}
