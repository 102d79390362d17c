using FluentAssertions;

namespace HotAudit.Ingestion.Tests;

public sealed class MappingFileTests
{
    private static readonly string Shipped = Path.Combine(FindRoot(), "mappings");

    [Theory]
    [InlineData("telemetry:\n  colums: {a: ts}\n", "mapping.yaml line 2: unknown field 'colums'")]
    [InlineData("telemtry:\n  columns: {a: ts}\n", "mapping.yaml line 1: unknown field 'telemtry'")]
    [InlineData("telemetry:\n  columns:\n    a: devce_id\n", "mapping.yaml line 3: 'devce_id' is not a column of telemetry")]
    [InlineData("telemetry:\n  values:\n    event: {X: aply_success}\n", "mapping.yaml line 3: event: 'aply_success' is not one of")]
    [InlineData("telemetry:\n  defaults:\n    transport: ftp\n", "mapping.yaml line 3: transport: 'ftp' is not one of")]
    [InlineData("telemetry:\n  values:\n    event: {a: launch, A: crash}\n", "mapping.yaml line 3: values.event: 'A' is given twice")]
    [InlineData("telemetry:\n  columns: [a, b\n", "mapping.yaml: not valid YAML at line")]
    public void Discover_MalformedMapping_ThrowsNamingFileAndLine(string yaml, string message)
    {
        // Given
        using var tc = new TempCase().Text("mapping.yaml", yaml);

        // When
        var act = () => CaseDiscovery.Discover(tc.Directory);

        // Then
        act.Should().Throw<CaseInputException>().Which.Message.Should().StartWith(message);
    }

    [Fact]
    public void Discover_CaseFileNamesShippedMapping_UsesIt()
    {
        // Given
        using var tc = new TempCase().Text("hotaudit.case.yaml", "mapping: shorebird\n");

        // When
        var manifest = CaseDiscovery.Discover(tc.Directory, null, Shipped);

        // Then
        manifest.Mapping!.Name.Should().Be("shorebird");
    }

    [Fact]
    public void Discover_CommandLineMapping_WinsOverTheCasesOwn()
    {
        // Given
        using var tc = new TempCase().Text("mapping.yaml", MappingCase.Yaml).Text("hotaudit.case.yaml", "mapping: sophix\n");

        // When
        var manifest = CaseDiscovery.Discover(tc.Directory, "codepush", Shipped);

        // Then
        manifest.Mapping!.Name.Should().Be("codepush");
    }

    [Fact]
    public void Discover_UnknownShippedName_ThrowsListingTheShippedOnes()
    {
        // Given
        using var tc = new TempCase();

        // When
        var act = () => CaseDiscovery.Discover(tc.Directory, "codepsuh", Shipped);

        // Then
        act.Should().Throw<CaseInputException>().Which.Message.Should()
            .Be("--mapping: no shipped mapping 'codepsuh' (shipped: codepush, shorebird, sophix, tinker; give a path to use a file)");
    }

    [Theory]
    [InlineData("codepush")]
    [InlineData("shorebird")]
    [InlineData("sophix")]
    [InlineData("tinker")]
    public void Discover_ShippedMapping_ParsesWithATelemetrySection(string name)
    {
        // Given
        using var tc = new TempCase();

        // When
        var manifest = CaseDiscovery.Discover(tc.Directory, name, Shipped);

        // Then
        manifest.Mapping!.MappedKinds.Should().Contain(Core.Contract.InputKind.Telemetry);
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "HotAudit.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("no HotAudit.sln above the test binaries");
    }
}
