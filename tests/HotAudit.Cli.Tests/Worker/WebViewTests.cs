using System.Net;
using System.Net.Http.Headers;
using System.Net.Sockets;
using System.Text.Json;
using FluentAssertions;
using HotAudit.Cli.Tests.Support;
using Xunit;
using static HotAudit.Cli.Tests.Support.Clock;

namespace HotAudit.Cli.Tests.Worker;

/// <summary>The real worker with its web view: runs listed over HTTP, reports served by run id, tokens enforced.</summary>
public sealed class WebViewTests : IDisposable
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(120);
    private readonly WorkerFolders folders = new();

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    private WorkerProcess Start(string url, string? token) => WorkerProcess.StartWith(
        new Dictionary<string, string>
        {
            ["HOTAUDIT__WEB__URL"] = url,
            ["HOTAUDIT__WEB__TOKEN"] = token ?? "",
            ["HOTAUDIT__WORKER__FORMATS"] = "json,html,xlsx",
        },
        folders.Root, "--inbox", folders.Inbox);

    private static async Task<HttpResponseMessage> GetWhenUpAsync(HttpClient http, string path, WorkerProcess worker)
    {
        var until = DateTime.UtcNow + Patience;
        while (true)
        {
            try
            {
                return await http.GetAsync(path);
            }
            catch (HttpRequestException) when (DateTime.UtcNow < until)
            {
                await Task.Delay(200);
            }
            catch (HttpRequestException e)
            {
                throw new InvalidOperationException($"the web view did not answer; worker output:\n{worker.Output}", e);
            }
        }
    }

    [Fact]
    public async Task WebView_CaseDropped_RunListedAndReportsServedWithTheToken()
    {
        // Given: a worker with the web view on loopback, guarded by a token, and a case in the inbox
        var url = $"http://127.0.0.1:{FreePort()}";
        using var worker = Start(url, "s3cret");
        using var http = new HttpClient { BaseAddress = new Uri(url) };
        var device = new Device("com.a", "5.2.0", "<img src=x onerror=alert(1)>");
        using var source = new CaseBuilder().Telemetry([device.Denied(T0), device.DownloadStart("p1", T0.AddMinutes(1))]).Build();
        folders.Drop(source.Path, "acme");
        await WorkerFolders.WaitUntilAsync(() => folders.Drained, Patience, () => worker.Output);
        folders.Drop(source.Path, "acme");
        await WorkerFolders.WaitUntilAsync(() => folders.Drained, Patience, () => worker.Output);

        // When
        var anonymous = await GetWhenUpAsync(http, "/api/runs", worker);
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "s3cret");
        var runs = JsonDocument.Parse(await http.GetStringAsync("/api/runs")).RootElement;
        http.DefaultRequestHeaders.Authorization = null;
        var page = await http.GetStringAsync("/?token=s3cret");
        var login = await http.GetAsync("/api/runs?token=s3cret");
        var html = await http.GetAsync($"/runs/{runs[0].GetProperty("id").GetInt64()}/report.html?token=s3cret");
        var xlsx = await http.GetAsync($"/runs/{runs[0].GetProperty("id").GetInt64()}/report.xlsx?token=s3cret");
        var replaced = await http.GetAsync($"/runs/{runs[1].GetProperty("id").GetInt64()}/report.html?token=s3cret");
        var missing = await http.GetAsync("/runs/999999/report.html?token=s3cret");
        await worker.TerminateAsync(TimeSpan.FromSeconds(5));

        // Then
        anonymous.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        runs.GetArrayLength().Should().Be(2, "every run the worker made is listed");
        runs.EnumerateArray().Select(r => r.GetProperty("case").GetString()).Should().AllBe("acme");
        runs[1].GetProperty("html").ValueKind.Should().Be(JsonValueKind.Null, "the second delivery replaced the first one's reports");
        replaced.StatusCode.Should().Be(HttpStatusCode.Gone);
        page.Should().Contain("<h2>acme</h2>").And.Contain("<svg").And.Contain("report.html\"").And.NotContain("token=");
        login.RequestMessage!.RequestUri!.Query.Should().BeEmpty("the login redirects to the address without its token");
        login.Headers.CacheControl!.NoStore.Should().BeTrue();
        login.Headers.GetValues("Referrer-Policy").Should().Equal("no-referrer");
        login.Headers.GetValues("Content-Security-Policy").Single().Should().Contain("frame-ancestors 'none'");
        html.StatusCode.Should().Be(HttpStatusCode.OK, worker.Output);
        var report = await html.Content.ReadAsStringAsync();
        report.Should().Contain("<table id=\"clauses\">").And.Contain("&lt;img src=x onerror=alert(1)&gt;");
        xlsx.StatusCode.Should().Be(HttpStatusCode.OK);
        (await xlsx.Content.ReadAsByteArrayAsync()).Take(2).Should().Equal((byte)'P', (byte)'K');
        missing.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task WebView_KestrelEndpointsAndUrlsInTheEnvironment_BindNothingAndWrongTokensAreLogged()
    {
        // Given: Web:Url on one port, and the environment asking for two more endpoints
        var (url, extra, urls) = ($"http://127.0.0.1:{FreePort()}", FreePort(), FreePort());
        using var worker = WorkerProcess.StartWith(
            new Dictionary<string, string>
            {
                ["HOTAUDIT__WEB__URL"] = url,
                ["HOTAUDIT__WEB__TOKEN"] = "s3cret",
                ["Kestrel__Endpoints__Extra__Url"] = $"http://127.0.0.1:{extra}",
                ["ASPNETCORE_URLS"] = $"http://127.0.0.1:{urls}",
            },
            folders.Root, "--inbox", folders.Inbox);
        using var http = new HttpClient { BaseAddress = new Uri(url) };

        // When
        http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", "guessed-wrong");
        var refused = await GetWhenUpAsync(http, "/api/runs", worker);
        var others = await Task.WhenAll(new[] { extra, urls }.Select(async port =>
        {
            using var client = new TcpClient();
            try
            {
                await client.ConnectAsync(IPAddress.Loopback, port);
                return true;
            }
            catch (SocketException)
            {
                return false;
            }
        }));
        await WorkerFolders.WaitUntilAsync(() => worker.Output.Contains("refused GET /api/runs", StringComparison.Ordinal), Patience, () => worker.Output);
        await worker.TerminateAsync(TimeSpan.FromSeconds(5));

        // Then
        refused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        others.Should().Equal([false, false], "only Web:Url is bound");
        worker.Output.Should().Contain("no or wrong token").And.NotContain("guessed-wrong");
    }

    [Fact]
    public async Task WebView_BeyondLoopbackWithoutToken_RefusesToStartNamingTheSetting()
    {
        using var worker = Start($"http://0.0.0.0:{FreePort()}", token: null);

        (await worker.WaitForExitAsync(TimeSpan.FromSeconds(60))).Should().BeTrue();

        worker.ExitCode.Should().Be(2);
        worker.Output.Should().Contain("Web:Token is required");
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        folders.Dispose();
    }
}
