using Microsoft.Extensions.Configuration;

namespace HotAudit.Worker;

/// <summary>
/// Where the worker's settings come from, later winning: appsettings.json in the working folder (the host's default),
/// <c>--config FILE</c>, environment variables <c>HOTAUDIT__WORKER__...</c>, the command line's options.
/// </summary>
public static class WorkerConfiguration
{
    /// <summary>The prefix of the environment variables read (<c>HOTAUDIT__WORKER__INBOX</c> is <c>Worker:Inbox</c>).</summary>
    public const string EnvironmentPrefix = "HOTAUDIT__";

    /// <summary>Adds <paramref name="configFile"/>, the environment variables and then the command line's <paramref name="overrides"/>, each winning over the one before.</summary>
    public static void AddSources(IConfigurationBuilder configuration, IReadOnlyDictionary<string, string?> overrides, string? configFile)
    {
        if (configFile is not null)
        {
            configuration.AddJsonFile(Path.GetFullPath(configFile), optional: false, reloadOnChange: false);
        }
        configuration.AddEnvironmentVariables(EnvironmentPrefix);
        configuration.AddInMemoryCollection(overrides.Where(o => o.Value is not null));
    }

    /// <summary>The configuration alone (no host), for <c>hotaudit history</c>.</summary>
    public static IConfiguration Build(IReadOnlyDictionary<string, string?> overrides, string? configFile)
    {
        var builder = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(Directory.GetCurrentDirectory(), "appsettings.json"), optional: true, reloadOnChange: false);
        AddSources(builder, overrides, configFile);
        return builder.Build();
    }
}
