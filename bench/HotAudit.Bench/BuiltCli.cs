namespace HotAudit.Bench;

/// <summary>
/// The <c>hotaudit</c> executable the timed runs start as a child process: <c>HOTAUDIT_CLI</c> when set, else the
/// repository's build of <c>src/HotAudit.Cli</c> in the bench's own configuration — what a user's <c>dotnet run</c> or
/// <c>dotnet build</c> gives: built for the machine's platform and ReadyToRun-compiled in its usual output folder (the
/// csproj's <c>ReadyToRunBuildOutput</c>), so the timed runs pay the start-up a user pays, not a JIT build's.
/// </summary>
internal static class BuiltCli
{
    public static string Dll { get; } = Find();

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
