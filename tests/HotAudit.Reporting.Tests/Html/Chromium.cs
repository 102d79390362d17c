using System.Diagnostics;

namespace HotAudit.Reporting.Tests.Html;

/// <summary>Runs headless Chromium on a local file.</summary>
internal static class Chromium
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(90);

    /// <summary>The browser found on PATH, or null.</summary>
    public static string? Path { get; } = (Environment.GetEnvironmentVariable("PATH") ?? "")
        .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
        .SelectMany(dir => new[] { "chromium", "chromium-browser" }.Select(name => System.IO.Path.Combine(dir, name)))
        .FirstOrDefault(File.Exists);

    /// <summary>The DOM after loading <paramref name="file"/>, serialized by the browser.</summary>
    public static async Task<string> DumpDomAsync(string file)
    {
        var browser = Path ?? throw new InvalidOperationException("chromium is not on PATH");
        var profile = Directory.CreateTempSubdirectory("hotaudit-chromium-");
        try
        {
            var start = new ProcessStartInfo(browser)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
                ArgumentList = { "--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", $"--user-data-dir={profile.FullName}", "--dump-dom", new Uri(file).AbsoluteUri },
            };
            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            using var cts = new CancellationTokenSource(Timeout);
            await process.WaitForExitAsync(cts.Token);
            var dom = await stdout;
            return dom.Length > 0 ? dom : throw new InvalidOperationException($"chromium exited {process.ExitCode} with no DOM: {await stderr}");
        }
        finally
        {
            profile.Delete(recursive: true);
        }
    }
}
