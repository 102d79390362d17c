using System.Diagnostics;

namespace HotAudit.Bench;

/// <summary>
/// The <c>hotaudit</c> executable the timed runs start as a child process: <c>HOTAUDIT_CLI</c> when set, else the
/// repository's build of <c>src/HotAudit.Cli</c> in the bench's own configuration — what a user's <c>dotnet run</c> or
/// <c>dotnet build</c> gives: built for the machine's platform and ReadyToRun-compiled in its usual output folder (the
/// csproj's <c>ReadyToRunBuildOutput</c>), so the timed runs pay the start-up a user pays, not a JIT build's.
/// <c>HOTAUDIT_CLI</c> may also name a published executable (the self-contained composite publish, README "Quick start"):
/// anything not ending in <c>.dll</c> is started as it is, not through <c>dotnet</c>.
/// </summary>
internal static class BuiltCli
{
    public static string Dll { get; } = Find();

    /// <summary>How to start the executable with <paramref name="args"/>: <c>dotnet hotaudit.dll …</c>, or a published executable itself.</summary>
    public static ProcessStartInfo Start(IEnumerable<string> args) => Start(Dll, args);

    /// <summary>How to start <paramref name="cli"/> (an assembly, or a published executable) with <paramref name="args"/>.</summary>
    internal static ProcessStartInfo Start(string cli, IEnumerable<string> args)
    {
        var dll = cli.EndsWith(".dll", StringComparison.OrdinalIgnoreCase);
        var start = new ProcessStartInfo(dll ? "dotnet" : cli);
        foreach (var a in dll ? args.Prepend(cli) : args)
        {
            start.ArgumentList.Add(a);
        }
        return start;
    }

    private static string Find()
    {
        if (Environment.GetEnvironmentVariable("HOTAUDIT_CLI") is { Length: > 0 } given)
        {
            return given;
        }
        var bench = new DirectoryInfo(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var (framework, configuration) = (bench.Name, bench.Parent!.Name);
        for (var dir = bench; dir is not null; dir = dir.Parent)
        {
            var dll = Path.Combine(dir.FullName, "src", "HotAudit.Cli", "bin", configuration, framework, "hotaudit.dll");
            if (File.Exists(Path.Combine(dir.FullName, "HotAudit.sln")))
            {
                return File.Exists(dll) ? dll
                    : throw new FileNotFoundException($"{dll} is not built: run 'dotnet build src/HotAudit.Cli -c {configuration}' or set HOTAUDIT_CLI", dll);
            }
        }
        throw new DirectoryNotFoundException($"no HotAudit.sln above {bench.FullName}: set HOTAUDIT_CLI to the hotaudit.dll to measure");
    }
}
