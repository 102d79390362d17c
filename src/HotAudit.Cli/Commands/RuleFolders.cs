using System.CommandLine;

namespace HotAudit.Cli.Commands;

/// <summary>The <c>--rules DIR</c> option (repeatable) and the default: the <c>rules</c> folder shipped beside the executable.</summary>
internal static class RuleFolders
{
    public static Option<string[]> Option() => new("--rules")
    {
        Description = "A folder of rule packs (repeatable); default: the packs shipped with HotAudit.",
        AllowMultipleArgumentsPerToken = false,
    };

    public static IReadOnlyList<string> Resolve(string[]? given) =>
        given is { Length: > 0 } ? given.Select(Path.GetFullPath).ToList() : [HotAudit.Assessment.ShippedRules.Folder];
}
