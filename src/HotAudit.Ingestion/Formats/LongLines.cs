namespace HotAudit.Ingestion;

/// <summary>Turns the lines a <see cref="LongLineFilter"/> dropped into rejected rows naming the limit.</summary>
internal static class LongLines
{
    /// <summary>Reports the dropped lines to <paramref name="sink"/>, numbered in their file (<paramref name="lineOffset"/> lines before the stream).</summary>
    public static void Report(LongLineFilter filter, IRowSink sink, int lineOffset, ReadLimits limits)
    {
        foreach (var line in filter.TakeDropped())
        {
            sink.Rejected(line + lineOffset, limits.LineTooLong);
        }
    }
}
