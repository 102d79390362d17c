using HotAudit.Rules.Yaml;

namespace HotAudit.Rules.Waivers;

/// <summary>A waiver file that cannot be used: unreadable, not YAML, or an entry that breaks the format. Names file and line.</summary>
public sealed class WaiverFileException : Exception
{
    /// <summary>Creates the exception from the problems found, each with its line.</summary>
    public WaiverFileException(string path, IReadOnlyList<LintIssue> issues)
        : base(string.Join(Environment.NewLine, issues.Select(i => $"{path}:{i.Line}: {i.Message}")))
    {
        Path = path;
        Issues = issues;
    }

    /// <summary>Creates the exception with a single message.</summary>
    public WaiverFileException(string message)
        : base(message)
    {
        Path = "";
        Issues = [];
    }

    /// <summary>Creates the exception with a single message and its cause.</summary>
    public WaiverFileException(string message, Exception inner)
        : base(message, inner)
    {
        Path = "";
        Issues = [];
    }

    /// <summary>Creates the exception (for serializers and analyzers that expect the default constructor).</summary>
    public WaiverFileException()
        : this("the waiver file cannot be used")
    {
    }

    /// <summary>The file as given.</summary>
    public string Path { get; }

    /// <summary>Every problem found, with its line.</summary>
    public IReadOnlyList<LintIssue> Issues { get; }
}
