using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace HotAudit.Worker.Streams.View;

/// <summary>
/// The streams' read-only routes (the view's token rules apply): <c>/streams</c> (the page, updated live),
/// <c>/api/v1/streams</c> (every stream's summary), <c>/api/v1/streams/{name}/findings</c> (the newest evaluation's
/// findings.json) and <c>/api/v1/streams/events</c> (server-sent events, one per published evaluation).
/// </summary>
internal static class StreamEndpoints
{
    private const string PageSecurity = "default-src 'none'; style-src 'unsafe-inline'; script-src 'self'; connect-src 'self'; frame-ancestors 'none'";

    public static void Map(WebApplication app, StreamRegistry streams, WorkerPaths paths, LiveEvents events)
    {
        app.MapGet("/api/v1/streams", () => Results.Text(Summaries(streams, paths).ToJsonString(), "application/json", Encoding.UTF8));
        app.MapGet("/api/v1/streams/{name}/findings", (string name) =>
            streams.Find(name) is not { } stream
                ? Results.Json(new { error = $"there is no stream '{name}'" }, statusCode: StatusCodes.Status404NotFound)
                : StreamSummary.FindingsFile(paths, stream.Name) is not { } file
                    ? Results.Json(new { error = $"stream '{stream.Name}' has not been evaluated yet" }, statusCode: StatusCodes.Status404NotFound)
                    : Results.File(File.ReadAllBytes(file), "application/json"));
        app.MapGet("/api/v1/streams/events", (HttpContext context) => StreamAsync(context, events));
        app.MapGet("/streams", (HttpContext context) =>
        {
            context.Response.Headers.ContentSecurityPolicy = PageSecurity;
            return Results.Content(StreamsPage.Render(Summaries(streams, paths)), "text/html; charset=utf-8");
        });
        app.MapGet("/streams.js", () => Results.Text(StreamsPage.Script, "text/javascript", Encoding.UTF8));
    }

    private static JsonArray Summaries(StreamRegistry streams, WorkerPaths paths) =>
        new([.. streams.All.OrderBy(s => s.Name, StringComparer.Ordinal).Select(s => (JsonNode)StreamSummary.Of(s, paths))]);

    private static async Task StreamAsync(HttpContext context, LiveEvents events)
    {
        context.Response.Headers.ContentType = "text/event-stream";
        context.Response.Headers.CacheControl = "no-store";
        var (feed, handle) = events.Watch();
        using (handle)
        {
            await context.Response.WriteAsync(": watching\n\n", context.RequestAborted);
            await context.Response.Body.FlushAsync(context.RequestAborted);
            try
            {
                while (true)
                {
                    using var beat = CancellationTokenSource.CreateLinkedTokenSource(context.RequestAborted);
                    beat.CancelAfter(TimeSpan.FromSeconds(15));
                    string text;
                    try
                    {
                        text = await feed.ReadAsync(beat.Token);
                    }
                    catch (OperationCanceledException) when (!context.RequestAborted.IsCancellationRequested)
                    {
                        await context.Response.WriteAsync(": still here\n\n", context.RequestAborted);
                        await context.Response.Body.FlushAsync(context.RequestAborted);
                        continue;
                    }
                    await context.Response.WriteAsync($"event: stream\ndata: {text}\n\n", context.RequestAborted);
                    await context.Response.Body.FlushAsync(context.RequestAborted);
                }
            }
            catch (OperationCanceledException)
            {
                // The browser went away, or the worker is stopping.
            }
        }
    }

    /// <summary>The summary of one stream as a single-line JSON text for an event.</summary>
    public static string EventOf(LiveStream stream, WorkerPaths paths) =>
        StreamSummary.Of(stream, paths).ToJsonString(new JsonSerializerOptions { WriteIndented = false });
}
