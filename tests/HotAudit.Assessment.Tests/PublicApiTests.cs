using System.Reflection;
using System.Text.RegularExpressions;
using FluentAssertions;
using Xunit;

namespace HotAudit.Assessment.Tests;

/// <summary>
/// The public types of every assembly under src/, as reflection sees them, are those <c>docs/public-api.txt</c> lists:
/// a type made public (or no longer public) fails here until the file says so, so the public surface changes only on
/// purpose. Internal is the default; a type is public when another project uses it.
/// </summary>
public sealed partial class PublicApiTests
{
    private const string UpdateVariable = "HOTAUDIT_UPDATE_PUBLIC_API";

    private static string ListFile => Path.Combine(RepoPaths.Root, "docs", "public-api.txt");

    [Fact]
    public void PublicTypes_EverySrcAssembly_AsDocsPublicApiListsThem()
    {
        // Given: the committed list
        var listed = File.Exists(ListFile) ? File.ReadAllLines(ListFile).Where(l => l.Length > 0 && !l.StartsWith('#')).ToList() : [];

        // When: every src assembly is asked for its public types
        var actual = PublicTypes();
        if (Environment.GetEnvironmentVariable(UpdateVariable) == "1")
        {
            File.WriteAllLines(ListFile, [Header, .. actual]);
            listed = actual;
        }

        // Then
        var added = actual.Except(listed, StringComparer.Ordinal).ToList();
        var removed = listed.Except(actual, StringComparer.Ordinal).ToList();
        (added.Count + removed.Count).Should().Be(0,
            $"the public types changed: new {Show(added)}; no longer public {Show(removed)}. Make a type internal unless another project uses it; " +
            $"when the change is meant, run '{UpdateVariable}=1 dotnet test tests/HotAudit.Assessment.Tests --filter PublicApi' and commit docs/public-api.txt");
    }

    [Fact]
    public void PublicTypes_CoreEngineMachinery_Internal()
    {
        var core = PublicTypes().Where(t => t.StartsWith("HotAudit.Core ", StringComparison.Ordinal)).ToList();

        core.Should().NotContain(t => t.EndsWith(".CompiledRule", StringComparison.Ordinal) || t.EndsWith(".EvaluationPlan", StringComparison.Ordinal)
            || t.EndsWith(".RulePartial", StringComparison.Ordinal) || t.EndsWith(".Node", StringComparison.Ordinal) || t.EndsWith(".Parser", StringComparison.Ordinal)
            || t.EndsWith(".Compiler", StringComparison.Ordinal));
        core.Should().Contain("HotAudit.Core HotAudit.Core.Rules.RuleDefinition");
    }

    private const string Header = "# Public types of each src assembly (assembly, full name), checked by tests/HotAudit.Assessment.Tests/PublicApiTests.cs";

    /// <summary>"assembly full.type.Name" for every exported type of each src project's assembly, sorted.</summary>
    private static List<string> PublicTypes() =>
    [
        .. SrcAssemblies()
            .SelectMany(a => a.GetExportedTypes().Where(t => !IsGenerated(t)).Select(t => $"{a.GetName().Name} {t.FullName}"))
            .Order(StringComparer.Ordinal),
    ];

    private static IEnumerable<Assembly> SrcAssemblies() =>
        Directory.GetDirectories(Path.Combine(RepoPaths.Root, "src")).Select(dir =>
        {
            var project = Path.Combine(dir, Path.GetFileName(dir) + ".csproj");
            var name = AssemblyNameOf().Match(File.ReadAllText(project)) is { Success: true } m ? m.Groups[1].Value : Path.GetFileName(dir);
            return Assembly.Load(new AssemblyName(name));
        }).OrderBy(a => a.GetName().Name, StringComparer.Ordinal);

    /// <summary>Orleans' serializers and proxies, generated into the cluster's assembly.</summary>
    private static bool IsGenerated(Type t) => t.Namespace?.StartsWith("OrleansCodeGen", StringComparison.Ordinal) == true;

    private static string Show(List<string> types) => types.Count == 0 ? "none" : string.Join(", ", types);

    [GeneratedRegex("<AssemblyName>([^<]+)</AssemblyName>")]
    private static partial Regex AssemblyNameOf();
}
