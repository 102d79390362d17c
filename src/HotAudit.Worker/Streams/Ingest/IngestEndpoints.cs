using System.Security.Cryptography;
using System.Text;
using HotAudit.Core.Contract;
using HotAudit.Ingestion.Live;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace HotAudit.Worker.Streams.Ingest;

/// <summary>
/// <c>POST /api/v1/streams/{name}/telemetry</c> and <c>/operations</c>: a batch of rows, read as a file of the case
/// would be, written to the stream's journal and flushed to disk, then answered 202. Every write needs
/// <c>Ingest:Token</c> as a bearer token, on loopback too.
/// </summary>
internal static class IngestEndpoints
{
    public const string Prefix = "/api/v1/streams/";

    /// <summary>Whether a request is a write to a stream (guarded by the ingest token, not the view's).</summary>
    public static bool IsWrite(HttpRequest request) =>
        HttpMethods.IsPost(request.Method) && request.Path.StartsWithSegments(Prefix.TrimEnd('/'), StringComparison.OrdinalIgnoreCase);

    public static void Map(WebApplication app, StreamRegistry streams, LiveSettings settings, ILogger log)
    {
        var token = Encoding.UTF8.GetBytes(settings.Ingest.Token ?? "");
        app.MapPost(Prefix + "{name}/telemetry", (string name, HttpContext context) => PostAsync(context, name, InputKind.Telemetry, streams, settings, token, log));
        app.MapPost(Prefix + "{name}/operations", (string name, HttpContext context) => PostAsync(context, name, InputKind.Operations, streams, settings, token, log));
    }

    private static async Task<IResult> PostAsync(HttpContext context, string name, InputKind kind, StreamRegistry streams, LiveSettings settings, byte[] token, ILogger log)
    {
        var request = context.Request;
        if (!Authorized(request, token))
        {
            Web.WebLog.Refused(log, request.Method, LogText.Escape(request.Path.Value), context.Connection.RemoteIpAddress?.ToString() ?? "?", "no or wrong ingest token");
            context.Response.Headers.WWWAuthenticate = "Bearer";
            return Error(StatusCodes.Status401Unauthorized, "writes need Authorization: Bearer with the ingest token (Ingest:Token)");
        }
        if (streams.Find(name) is not { } stream)
        {
            return Error(StatusCodes.Status404NotFound, $"there is no stream '{name}' (configured: {string.Join(", ", streams.All.Select(s => s.Name))})");
        }
        if (IngestFormat.Of(request.ContentType, request.Headers.ContentEncoding.ToString(), out var problem) is not { } format)
        {
            return Error(StatusCodes.Status415UnsupportedMediaType, problem!);
        }
        if (request.ContentLength > settings.Ingest.MaxBody)
        {
            return Error(StatusCodes.Status413PayloadTooLarge,
                $"the body is larger than {HotAudit.Ingestion.ReadLimits.Size(settings.Ingest.MaxBody)} (Ingest:MaxBody); send smaller batches");
        }
        var key = request.Headers["Idempotency-Key"].ToString() is { Length: > 0 } k ? k : null;
        if (key is not null && stream.Journal.Answered(key) is { } answered)
        {
            return Answer(answered.Json);
        }
        return await TakeAsync(context, stream, kind, format, key, settings.Ingest.MaxBody);
    }

    private static async Task<IResult> TakeAsync(HttpContext context, LiveStream stream, InputKind kind, IngestFormat format, string? key, long maxBody)
    {
        try
        {
            LiveBatch batch;
            using (var body = await IngestBody.ReadAsync(context.Request.Body, format, maxBody, context.Request.ContentLength, context.RequestAborted))
            {
                batch = stream.Reader.Read(body.Content, format.Extension, kind);
            }
            if (batch.Error is { } error)
            {
                return Error(StatusCodes.Status400BadRequest, $"the body cannot be read as {kind.Prefix()}: {error}");
            }
            var ack = await stream.Journal.AppendAsync(kind, batch, key, context.RequestAborted);
            return Answer(ack.Json);
        }
        catch (BodyTooLargeException e)
        {
            return Error(StatusCodes.Status413PayloadTooLarge, e.Message);
        }
        catch (InvalidDataException e)
        {
            return Error(StatusCodes.Status400BadRequest, $"the body is not valid gzip: {e.Message}");
        }
        catch (IOException e) when (!context.RequestAborted.IsCancellationRequested)
        {
            return Error(StatusCodes.Status503ServiceUnavailable, $"the batch was not written: {e.Message}");
        }
    }

    private static bool Authorized(HttpRequest request, byte[] token)
    {
        var header = request.Headers.Authorization.ToString();
        return token.Length > 0 && header.StartsWith("Bearer ", StringComparison.OrdinalIgnoreCase)
            && CryptographicOperations.FixedTimeEquals(Encoding.UTF8.GetBytes(header["Bearer ".Length..].Trim()), token);
    }

    private static IResult Answer(string json) => Results.Text(json, "application/json", Encoding.UTF8, StatusCodes.Status202Accepted);

    private static IResult Error(int status, string reason) => Results.Json(new { error = reason }, statusCode: status);
}
