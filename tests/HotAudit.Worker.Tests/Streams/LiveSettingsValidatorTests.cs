using FluentAssertions;
using HotAudit.Worker.Streams;
using Microsoft.Extensions.Configuration;
using Xunit;

namespace HotAudit.Worker.Tests.Streams;

/// <summary>The live path's settings: read from the top level as documented, a bad one named at start.</summary>
public sealed class LiveSettingsValidatorTests : IDisposable
{
    private readonly string reference = Directory.CreateTempSubdirectory("hotaudit-ref-").FullName;

    public void Dispose() => Directory.Delete(reference, recursive: true);

    private static IReadOnlyList<string> Failures(LiveSettings settings, string? webUrl = "http://127.0.0.1:8080") =>
        [.. new LiveSettingsValidator(webUrl).Validate(null, settings).Failures ?? []];

    private LiveSettings Good() => new()
    {
        Streams = [new StreamSettings { Name = "acme-live", Reference = reference }],
        Ingest = new IngestSettings { Token = "t0ken" },
    };

    [Fact]
    public void Bind_EnvironmentStyleKeys_FillsStreamsIngestAlertsAndRetention()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Streams:0:Name"] = "acme-live",
            ["Streams:0:Reference"] = reference,
            ["Streams:0:Interval"] = "00:00:10",
            ["Ingest:Token"] = "t0ken",
            ["Alerts:Webhook"] = "http://127.0.0.1:9/hook",
            ["Retention"] = "30.00:00:00",
        }).Build();

        var settings = configuration.Get<LiveSettings>()!;

        settings.Streams.Should().ContainSingle();
        settings.Streams[0].LastDays.Should().Be(28);
        settings.Streams[0].Interval.Should().Be(TimeSpan.FromSeconds(10));
        settings.Ingest.MaxBody.Should().Be(64L * 1024 * 1024);
        settings.Alerts.Webhook.Should().Be("http://127.0.0.1:9/hook");
        settings.Retention.Should().Be(TimeSpan.FromDays(30));
    }

    [Fact]
    public void Validate_GoodStream_Succeeds() => Failures(Good()).Should().BeEmpty();

    [Fact]
    public void Validate_NoStreams_NeedsNeitherWebNorToken() => Failures(new LiveSettings(), webUrl: null).Should().BeEmpty();

    [Fact]
    public void Validate_StreamsWithoutWebUrlOrToken_NamesBoth()
    {
        var settings = Good();
        settings.Ingest.Token = null;

        Failures(settings, webUrl: null).Should().HaveCount(2)
            .And.Contain(f => f.StartsWith("Streams need Web:Url", StringComparison.Ordinal))
            .And.Contain(f => f.StartsWith("Streams need Ingest:Token", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_BadStream_NamesEachSetting()
    {
        var settings = Good();
        settings.Streams.Add(new StreamSettings { Name = "a b", Reference = "/no/such/folder", Scenario = "both", LastDays = 0, Interval = TimeSpan.Zero });
        settings.Streams.Add(new StreamSettings { Name = "ACME-live", Reference = reference });

        Failures(settings).Should().BeEquivalentTo(
            "Streams:1:Name 'a b' may hold ASCII letters, digits, '-', '_' and '.' only (it is part of the URL)",
            "Streams:1:Scenario must be internal or external, not 'both'",
            "Streams:1:LastDays must be at least 1, not 0",
            "Streams:1:Interval must be positive, not 00:00:00",
            "Streams:1:Reference '/no/such/folder' is not an existing folder",
            "Streams: the name 'acme-live' is used 2 times");
    }

    [Fact]
    public void Validate_ReferenceHoldingTelemetry_SaysEventLogsComeFromTheApi()
    {
        File.WriteAllText(Path.Combine(reference, "telemetry.csv"), "ts,event\n");

        Failures(Good()).Should().ContainSingle().Which.Should().Contain("holds event logs (telemetry.csv)");
    }

    [Fact]
    public void Validate_BadLimitsWebhookAndRetention_NamesEach()
    {
        var settings = Good();
        settings.Ingest.MaxBody = 0;
        settings.Alerts.Webhook = "ftp://x/hook";
        settings.Retention = TimeSpan.Zero;

        Failures(settings).Should().BeEquivalentTo(
            "Ingest:MaxBody must be positive, not 0",
            "Retention must be positive, not 00:00:00",
            "Alerts:Webhook 'ftp://x/hook' is not an absolute http:// or https:// URL");
    }

    [Fact]
    public void Build_MistypedStreamSetting_NamesItWithTheClosestKey()
    {
        var settings = new Dictionary<string, string?>
        {
            ["Worker:Inbox"] = Path.Combine(reference, "inbox"),
            ["Web:Url"] = "http://127.0.0.1:1",
            ["Streams:0:Name"] = "acme",
            ["Streams:0:Reference"] = reference,
            ["Streams:0:Intervall"] = "00:00:10",
            ["Ingest:Token"] = "t",
        };

        var build = () => WorkerHost.Build(settings, null);

        build.Should().Throw<Microsoft.Extensions.Options.OptionsValidationException>()
            .Which.Failures.Should().ContainSingle().Which.Should().StartWith("unknown setting 'Streams:0:Intervall' (did you mean Streams:0:Interval?)");
    }
}

