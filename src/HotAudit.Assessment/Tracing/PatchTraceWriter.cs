using HotAudit.Core.Traceability;

namespace HotAudit.Assessment.Tracing;

/// <summary>Writes one patch's chain for a regulator: the four links, every operation, active windows, devices, gaps.</summary>
internal sealed class PatchTraceWriter(TextWriter output, TraceText text)
{
    public void Write(PatchTrace t)
    {
        output.WriteLine($"patch {t.PatchId}  app {t.AppId ?? "?"} {t.AppVersion ?? "?"}".TrimEnd());
        output.WriteLine("chain");
        Link("upload", t.Upload, "MISSING upload", t);
        Link("review", t.Review, "MISSING security review", t);
        Link("approval", t.Approval, "MISSING approval", t);
        Link("publish", t.Publish, "MISSING publish", t);
        output.WriteLine("operations");
        Lines(t.Steps.Select(s => $"{s.Action,-17} {text.Step(s)}"), "none");
        output.WriteLine("active");
        Lines(t.ActiveWindows.Select(text.Window), "never active");
        output.WriteLine("devices");
        output.WriteLine($"  reported                {text.Tally(t.Seen)}");
        output.WriteLine($"  downloaded              {text.Tally(t.Downloaded)}");
        output.WriteLine($"  applied                 {text.Tally(t.Applied)}");
        output.WriteLine($"  applied while inactive  {text.Tally(t.AppliedWhileInactive)}");
        output.WriteLine("gaps");
        Lines(t.Gaps.Select(TraceText.Gap), "none");
        output.WriteLine($"result: {TraceText.Verdict(t)}");
    }

    private void Link(string name, TraceStep? step, string missing, PatchTrace t)
    {
        var marks = t.Gaps.Where(g => LinkOf(g) == name).Select(TraceText.Gap).Where(m => m != missing).ToList();
        var body = step is null ? missing : text.Step(step);
        output.WriteLine($"  {name,-9} {body}{(marks.Count > 0 ? "  <-- " + string.Join("; ", marks) : "")}");
    }

    private void Lines(IEnumerable<string> lines, string none)
    {
        var any = false;
        foreach (var line in lines)
        {
            output.WriteLine("  " + line);
            any = true;
        }
        if (!any)
        {
            output.WriteLine("  " + none);
        }
    }

    private static string LinkOf(TraceGap gap) => gap switch
    {
        TraceGap.NoUpload or TraceGap.UploadAfterPublish => "upload",
        TraceGap.NoReview or TraceGap.PublishBeforeReview or TraceGap.ReviewFailed => "review",
        TraceGap.NoApproval or TraceGap.PublishBeforeApproval or TraceGap.ApprovalRejected or TraceGap.ApprovalIdMismatch => "approval",
        TraceGap.NeverPublished => "publish",
        _ => "devices",
    };
}
