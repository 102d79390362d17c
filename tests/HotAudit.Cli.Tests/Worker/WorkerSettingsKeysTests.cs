using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;

namespace HotAudit.Cli.Tests.Worker;

/// <summary>A mistyped or invalid worker setting stops the worker with exit 2 and one line per problem, no stack trace.</summary>
public sealed class WorkerSettingsKeysTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("hotaudit-settings-").FullName;

    [Theory]
    [InlineData("""{"Worker":{"Inbox":"INBOX","Schedule":[{"Name":"n","Cron":"0 2 * * *","Case":"/tmp"}]}}""",
        "unknown setting 'Worker:Schedule' (did you mean Worker:Schedules?)")]
    [InlineData("""{"Worker":{"Inbox":"INBOX","Schedules":[{"Name":"n","Cron":"0 2 * * *","Case":"/tmp","TimeZon":"UTC"}]}}""",
        "unknown setting 'Worker:Schedules:0:TimeZon' (did you mean Worker:Schedules:0:TimeZone?)")]
    [InlineData("""{"Worker":{"Inbox":"INBOX"},"Web":{"Url":"http://127.0.0.1:18099","Tokn":"x"}}""",
        "unknown setting 'Web:Tokn' (did you mean Web:Token?)")]
    [InlineData("""{"Worker":{"Inbox":"INBOX","PollInterval":"-00:00:01"}}""", "Worker:PollInterval must be positive")]
    public async Task Worker_BadSetting_ExitsTwoWithOneLineNamingIt(string json, string expected)
    {
        // Given
        var inbox = Directory.CreateDirectory(Path.Combine(_root, "inbox")).FullName;
        var config = Path.Combine(_root, "appsettings.json");
        await File.WriteAllTextAsync(config, json.Replace("INBOX", inbox, StringComparison.Ordinal));
        using var capture = new ConsoleCapture();

        // When
        var exit = await Program.Main(["worker", "--config", config]);

        // Then
        exit.Should().Be(2);
        var output = capture.Error + capture.Out;
        output.Should().Contain(expected).And.NotContain("   at ").And.NotContain("Exception");
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);
}
