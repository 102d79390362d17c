using System.CommandLine;
using System.CommandLine.Invocation;
using System.Reflection;

namespace HotAudit.Cli.Commands;

/// <summary>
/// <c>hotaudit --version</c>: the version and the commit it was built from, e.g. <c>hotaudit 0.1.0 (commit d029718…)</c>.
/// The SDK appends the git commit (SourceRevisionId) to the informational version as <c>+SHA</c> when it builds from a
/// clone; a build from a source archive has none and says so.
/// </summary>
internal sealed class VersionAction : SynchronousCommandLineAction
{
    /// <summary>The version line of <paramref name="informationalVersion"/> (<c>VERSION[+COMMIT]</c>).</summary>
    public static string Describe(string informationalVersion)
    {
        var plus = informationalVersion.IndexOf('+', StringComparison.Ordinal);
        return plus < 0
            ? $"hotaudit {informationalVersion} (commit unknown: not built from a git clone)"
            : $"hotaudit {informationalVersion[..plus]} (commit {informationalVersion[(plus + 1)..]})";
    }

    /// <summary>This executable's informational version.</summary>
    public static string Current =>
        typeof(VersionAction).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0";

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        parseResult.InvocationConfiguration.Output.WriteLine(Describe(Current));
        return Program.Ok;
    }
}
