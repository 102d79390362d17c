using System.Diagnostics;

namespace HotAudit.Cluster.Tests.Support;

/// <summary>How the tests start the real <c>hotaudit</c> (the built hotaudit.dll beside them) with its output captured.</summary>
public static class HotauditStart
{
    public static ProcessStartInfo For(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "hotaudit.dll"));
        foreach (var arg in args)
        {
            start.ArgumentList.Add(arg);
        }
        foreach (var (key, value) in environment ?? new Dictionary<string, string>())
        {
            start.Environment[key] = value;
        }
        return start;
    }
}
