using System.Collections;
using System.Reflection;
using System.Text.Json.Serialization;
using FluentAssertions;
using Xunit;

namespace HotAudit.Assessment.Tests;

/// <summary>
/// A cluster run carries the request as <see cref="AssessRequest.WithAbsolutePaths"/> + <see cref="AssessRequest.ToJson"/>
/// and its workers read it back with <see cref="AssessRequest.FromJson"/> (HotAudit.Cluster). Every option, found by
/// reflection, must come back as it was sent: an option added to the request reaches the workers, or this fails.
/// </summary>
public sealed class AssessRequestTests
{
    /// <summary>The hosted worker's state kept from earlier runs, and the cores used: local to the machine that runs the case, never sent.</summary>
    private static readonly string[] LocalOnly = [nameof(AssessRequest.KeptMonitor), nameof(AssessRequest.LimitCaps), nameof(AssessRequest.PreviousRun), nameof(AssessRequest.Parallelism)];

    private static readonly AssessRequest Defaults = new() { CaseDirectory = "/cases/default" };

    public static TheoryData<string> Options => [.. Carried().Select(p => p.Name)];

    [Theory]
    [MemberData(nameof(Options))]
    public void FromJson_OptionSetToANonDefaultValue_ComesBackAsSent(string option)
    {
        // Given: a request whose every option differs from its default
        var property = typeof(AssessRequest).GetProperty(option)!;
        var sent = Carried().Aggregate(Defaults, (request, p) => With(request, p, SampleFor(p)));
        Comparable(property.GetValue(sent)).Should().NotBe(Comparable(property.GetValue(Defaults)), $"the sample of {option} must differ from its default");

        // When: it travels as a cluster run carries it
        var received = AssessRequest.FromJson(sent.WithAbsolutePaths().ToJson());

        // Then
        Comparable(property.GetValue(received)).Should().Be(Comparable(property.GetValue(sent)), $"{option} must reach the cluster's workers");
    }

    [Fact]
    public void Properties_NotSerialized_OnlyTheWorkersKeptStateAndThisMachinesCores()
    {
        // Given, When
        var ignored = typeof(AssessRequest).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetCustomAttribute<JsonIgnoreAttribute>() is not null).Select(p => p.Name);

        // Then: anything else the request holds is an option, and options travel
        ignored.Should().BeEquivalentTo(LocalOnly);
    }

    [Fact]
    public void FromJson_SetKeys_StillComparedIgnoringCase()
    {
        // Given
        var sent = Defaults with { Set = new Dictionary<string, string> { ["HU-FRQ-01.max_per_day"] = "3" } };

        // When
        var received = AssessRequest.FromJson(sent.ToJson());

        // Then
        received.Set.Should().ContainKey("hu-frq-01.MAX_PER_DAY");
    }

    [Fact]
    public void WithAbsolutePaths_RelativePaths_ResolvedAgainstTheWorkingFolderShippedMappingKept()
    {
        // Given
        var request = Defaults with { CaseDirectory = "case", Out = "out", RuleFolders = ["rules"], Waivers = "w.yaml", Baseline = "b.json", Mapping = "codepush" };

        // When
        var absolute = request.WithAbsolutePaths();

        // Then
        new[] { absolute.CaseDirectory, absolute.Out!, absolute.RuleFolders[0], absolute.Waivers!, absolute.Baseline! }
            .Should().OnlyContain(p => Path.IsPathRooted(p) && p.StartsWith(Directory.GetCurrentDirectory(), StringComparison.Ordinal));
        absolute.Mapping.Should().Be("codepush");
    }

    /// <summary>Every settable public property not marked local-only.</summary>
    private static IEnumerable<PropertyInfo> Carried() =>
        typeof(AssessRequest).GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<JsonIgnoreAttribute>() is null);

    /// <summary>A value unlike the default for the property's type; a type without one fails, naming the option to add it for.</summary>
    private static object SampleFor(PropertyInfo p)
    {
        var type = Nullable.GetUnderlyingType(p.PropertyType) ?? p.PropertyType;
        if (type == typeof(string))
        {
            // Absolute, so WithAbsolutePaths leaves it as it is whether or not the option is a path.
            return "/sample/" + p.Name;
        }
        if (type == typeof(int))
        {
            return 7;
        }
        if (type == typeof(TimeSpan))
        {
            return TimeSpan.FromHours(5.5);
        }
        if (type.IsEnum)
        {
            return Enum.GetValues(type).Cast<object>().Last();
        }
        if (type == typeof(IReadOnlyList<string>))
        {
            return new[] { "/sample/" + p.Name + "/1", "/sample/" + p.Name + "/2" };
        }
        if (type == typeof(IReadOnlyDictionary<string, string>))
        {
            return new Dictionary<string, string> { ["RULE-1.param"] = "v1", ["RULE-2.other"] = "v2" };
        }
        throw new NotSupportedException($"AssessRequest.{p.Name}: no sample value for {p.PropertyType}; add one here so the option is checked");
    }

    private static AssessRequest With(AssessRequest request, PropertyInfo p, object value)
    {
        var copy = request with { };
        p.SetValue(copy, value);
        return copy;
    }

    /// <summary>A value as text: sequences and maps by their items (in order), so equal contents compare equal.</summary>
    private static string Comparable(object? value) => value switch
    {
        null => "null",
        string s => s,
        IDictionary d => string.Join(";", d.Keys.Cast<object>().Select(k => $"{k}={d[k]}")),
        IEnumerable e => string.Join(";", e.Cast<object>()),
        _ => Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture) ?? "",
    };
}
