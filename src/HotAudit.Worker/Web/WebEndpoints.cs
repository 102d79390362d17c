using HotAudit.History;
using HotAudit.Reporting;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace HotAudit.Worker.Web;

/// <summary>
/// The view's routes, all GET and read-only (the streams' write routes are <see cref="Streams.Ingest.IngestEndpoints"/>). A run's files are found by its numeric id in the history, joined with a fixed
/// file name: no route takes a path, a case name or a file name from the request.
/// </summary>
internal static class WebEndpoints
{
    private const string HtmlSecurity = "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'";

    public static void Map(WebApplication app, IRunHistory history, WebToken token, TimeProvider clock, ILogger log, TimeZoneInfo zone, bool streams = false)
    {
        app.Use(async (context, next) =>
        {
            var headers = context.Response.Headers;
            headers.XContentTypeOptions = "nosniff";
            headers.CacheControl = "no-store";
            headers["Referrer-Policy"] = "no-referrer";
            headers.XFrameOptions = "DENY";
            headers.ContentSecurityPolicy = "frame-ancestors 'none'";
            if (Streams.Ingest.IngestEndpoints.IsWrite(context.Request))
            {
                // Writes to a stream answer to the ingest token, checked by their endpoint, whatever Web:Token is.
                await next(context);
                return;
            }
            var how = token.Accepts(context.Request);
            if (how is null)
            {
                WebLog.Refused(log, context.Request.Method, Worker.LogText.Escape(context.Request.Path.Value), context.Connection.RemoteIpAddress?.ToString() ?? "?",
                    token.Required ? "no or wrong token" : "refused");
                context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                headers.WWWAuthenticate = "Bearer";
                return;
            }
            if (how == "query")
            {
                WebToken.LogIn(context);
                return;
            }
            await next(context);
        });
        app.MapGet("/", async (HttpContext context, CancellationToken ct) =>
        {
            var runs = await history.ListAsync(null, ct);
            context.Response.Headers.ContentSecurityPolicy = HtmlSecurity;
            return Results.Content(WebPage.Render(runs, clock.GetUtcNow(), zone, streams), "text/html; charset=utf-8");
        });
        app.MapGet("/api/runs", async (CancellationToken ct) =>
        {
            var runs = await history.ListAsync(null, ct);
            return Results.Json(runs.Select(r => WebRun.Of(r, runs)));
        });
        MapReport(app, history, "/runs/{id:long}/report.html", ReportWriter.HtmlFile, "text/html; charset=utf-8");
        MapReport(app, history, "/runs/{id:long}/report.xlsx", ReportWriter.WorkbookFile, "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    }

    private static void MapReport(IEndpointRouteBuilder app, IRunHistory history, string route, string file, string contentType) =>
        app.MapGet(route, async (long id, HttpContext context, CancellationToken ct) =>
        {
            var runs = await history.ListAsync(null, ct);
            var run = runs.FirstOrDefault(r => r.Id == id);
            context.Response.Headers.ContentSecurityPolicy = HtmlSecurity;
            if (run is not null && !WebRun.HoldsItsReports(run, runs))
            {
                return Page(StatusCodes.Status410Gone, WebPage.Error(StatusCodes.Status410Gone,
                    $"评估 {id} 的报告已被同一案例后来的评估覆盖。", $"The reports of run {id} were replaced by a later run of the same case."));
            }
            var path = run is null ? null : Path.Combine(run.ReportDirectory, file);
            if (path is null || !File.Exists(path))
            {
                return Page(StatusCodes.Status404NotFound, WebPage.Error(StatusCodes.Status404NotFound,
                    run is null ? $"没有编号为 {id} 的评估。" : $"评估 {id} 没有写出 {file} (见 Worker:Formats)。",
                    run is null ? $"There is no run {id}." : $"Run {id} did not write {file} (see Worker:Formats)."));
            }
            return Results.Bytes(await File.ReadAllBytesAsync(path, ct), contentType, file == ReportWriter.WorkbookFile ? $"{run!.Case}-{id}.xlsx" : null);
        });

    private static IResult Page(int status, string html) => Results.Content(html, "text/html; charset=utf-8", System.Text.Encoding.UTF8, status);
}
