namespace HotAudit.Ingestion;

/// <summary>The data-quality message for a line that is not valid UTF-8 in a file detected as UTF-8.</summary>
internal static class InvalidUtf8
{
    /// <summary>The message: the encoding guess was wrong for this line, and its bad bytes were replaced.</summary>
    public static string Message(DetectedEncoding encoding) =>
        Core.Quality.RunMessages.InvalidUtf8.Format(encoding.Name);
}
