using System.Text.Json;
using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;

namespace HotAudit.Cli.Tests.Samples;

/// <summary>
/// <c>hotaudit samples</c> tells the truth: an assessment of a generated case reports exactly the findings its
/// truth.json lists (rule, subject, count; HU-ANM-01 is the monitor's, scored by <c>bench quality</c> instead) and
/// rejects exactly the rows it lists, for clean cases of several seeds and for every injection.
/// </summary>
public sealed class SamplesTruthTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "hotaudit-tests", "truth-" + Guid.NewGuid().ToString("N"));

    public static TheoryData<int, string> Cases => new()
    {
        { 1, "none" }, { 2, "none" }, { 3, "none" }, { 4, "none" }, { 5, "none" },
        { 6, "burst" }, { 7, "silent" }, { 8, "failure" }, { 9, "http" }, { 10, "unapproved" }, { 11, "badrows" },
        { 12, "burst,silent,failure,http,unapproved,badrows" },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public async Task Assess_GeneratedCase_FindingsAndRejectionsEqualItsTruth(int seed, string inject)
    {
        // Given
        var dir = Path.Combine(_root, $"s{seed}");
        var exit = await global::HotAudit.Cli.Program.Main(["samples", dir, "--devices", "400", "--days", "45", "--seed", $"{seed}", "--inject", inject]);
        exit.Should().Be(0);
        var truth = Truth.Read(dir + ".truth.json");

        // When
        var result = await Assess.RunAsync(dir, "--fail-on", "none");

        // Then
        result.All.Where(f => f.RuleId != "HU-ANM-01").Select(f => f.ToString()).Order(StringComparer.Ordinal)
            .Should().Equal(truth.Violations, "truth.json lists every finding the data causes");
        result.Rejections.Select(r => $"{r.File}:{r.Line} {r.Field}").Should().BeEquivalentTo(truth.Rejections);
        if (inject == "none")
        {
            truth.Violations.Should().OnlyContain(v => v.StartsWith("HU-LOG-02", StringComparison.Ordinal),
                "normal traffic is clean; only a case shorter than six months has a short operation log");
        }
    }

    public void Dispose()
    {
        if (Directory.Exists(_root))
        {
            Directory.Delete(_root, recursive: true);
        }
    }

    private sealed record Truth(IReadOnlyList<string> Violations, IReadOnlyList<string> Rejections)
    {
        public static Truth Read(string path)
        {
            using var doc = JsonDocument.Parse(File.ReadAllBytes(path));
            var violations = doc.RootElement.GetProperty("violations").EnumerateArray().Select(v => new ReportedFinding(
                v.GetProperty("rule_id").GetString()!,
                v.GetProperty("subject").EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString()!),
                v.GetProperty("count").GetInt32()).ToString()).Order(StringComparer.Ordinal).ToList();
            var rejections = doc.RootElement.GetProperty("rejections").EnumerateArray()
                .Select(r => $"{r.GetProperty("file").GetString()}:{r.GetProperty("line").GetInt64()} {r.GetProperty("field").GetString()}").ToList();
            return new Truth(violations, rejections);
        }
    }
}
