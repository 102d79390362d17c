namespace HotAudit.Cli.Tests.Support;

/// <summary>A case folder the builder wrote into a temporary directory, with what it planted; deleted on dispose.</summary>
internal sealed class CaseDirectory(string root, string path, IReadOnlyList<WrittenFile> files) : IDisposable
{
    /// <summary>The case folder to pass to <c>hotaudit assess</c>.</summary>
    public string Path { get; } = path;

    /// <summary>Every telemetry and operation-log file written (reference files are not rows).</summary>
    public IReadOnlyList<WrittenFile> Files { get; } = files;

    /// <summary>All planted rejections.</summary>
    public IReadOnlyList<ExpectedRejection> Rejections => Files.SelectMany(f => f.Rejections).ToList();

    public void Dispose()
    {
        try
        {
            Directory.Delete(root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder must not fail a test that already has its verdict.
        }
    }
}
