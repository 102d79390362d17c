namespace HotAudit.Worker.Streams;

/// <summary>One live stream of the top-level <c>Streams</c> list: events posted to the ingest API, assessed every <see cref="Interval"/>.</summary>
internal sealed class StreamSettings
{
    /// <summary>Unique name: the URL's <c>{name}</c>, the history's case name and the report folder under <c>reports/streams/</c>.</summary>
    public string Name { get; set; } = "";

    /// <summary>A case folder with the case file and the reference files (patches, roster, registers, keys), no event logs; read again at each evaluation.</summary>
    public string Reference { get; set; } = "";

    /// <summary><c>internal</c> or <c>external</c>; empty for the case file's (or the inferred one).</summary>
    public string? Scenario { get; set; }

    /// <summary>Days assessed, counted back from the newest event of the stream.</summary>
    public int LastDays { get; set; } = 28;

    /// <summary>How often a stream with new rows is assessed.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(1);

    /// <summary>A shipped mapping's name or a mapping file applied to posted rows; empty for the reference case's own.</summary>
    public string? Mapping { get; set; }
}
