using System.CommandLine;

namespace HotAudit.Cli.Commands;

/// <summary>The options <c>hotaudit worker</c> and <c>hotaudit history</c> share, each overriding one setting of section <c>Worker</c>.</summary>
internal sealed class WorkerOptions
{
    public Option<string?> Inbox { get; } = new("--inbox") { Description = "The watched inbox folder (Worker:Inbox)." };

    public Option<string?> Reports { get; } = new("--reports") { Description = "Where reports go (Worker:Reports; default <inbox>/../reports)." };

    public Option<string?> State { get; } = new("--state") { Description = "History database and work in progress (Worker:State; default <inbox>/../state)." };

    public Option<string?> History { get; } = new("--history") { Description = "sqlite (default) or a PostgreSQL connection string (Worker:History)." };

    public Option<string?> Config { get; } = new("--config") { Description = "A JSON settings file read after appsettings.json." };

    public IEnumerable<Option> All => [Inbox, Reports, State, History, Config];

    /// <summary>The settings given on the command line, as configuration keys.</summary>
    public Dictionary<string, string?> Overrides(ParseResult parse) => new()
    {
        ["Worker:Inbox"] = parse.GetValue(Inbox),
        ["Worker:Reports"] = parse.GetValue(Reports),
        ["Worker:State"] = parse.GetValue(State),
        ["Worker:History"] = parse.GetValue(History),
    };
}
