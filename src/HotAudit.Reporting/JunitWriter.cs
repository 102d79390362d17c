using System.Globalization;
using System.Text;
using System.Xml;
using HotAudit.Core.Assessment;
using HotAudit.Reporting.Junit;

namespace HotAudit.Reporting;

/// <summary>
/// Writes <c>junit.xml</c> for CI systems: one <c>testsuite</c> with one <c>testcase</c> per clause of the catalog
/// (failed = nonconformant; skipped = manual, insufficient evidence, not applicable), then the run's own cases: the
/// inputs (an error when a file could not be read, exit 2) and the <c>--fail-on</c> gate (failed exactly when the run
/// exits 1 for its findings). UTF-8 without BOM, '\n' line ends.
/// </summary>
internal static class JunitWriter
{
    /// <summary>Writes the document to a stream (left open).</summary>
    public static void Write(AssessmentResult result, Stream stream)
    {
        ArgumentNullException.ThrowIfNull(result);
        var settings = new XmlWriterSettings
        {
            Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), Indent = true, NewLineChars = "\n", CloseOutput = false,
        };
        var cases = result.Clauses.Select(c => JunitCase.Of(c, result.Case.StandardLabel)).Concat(RunCases.Of(result)).ToList();
        using (var w = XmlWriter.Create(stream, settings))
        {
            w.WriteStartDocument();
            w.WriteStartElement("testsuites");
            Attr(w, "name", "hotaudit");
            Counts(w, cases);
            WriteSuite(w, result, cases);
            w.WriteEndElement();
            w.WriteEndDocument();
        }
        stream.WriteByte((byte)'\n');
    }

    /// <summary>The document as bytes.</summary>
    public static byte[] ToBytes(AssessmentResult result)
    {
        using var ms = new MemoryStream();
        Write(result, ms);
        return ms.ToArray();
    }

    private static void WriteSuite(XmlWriter w, AssessmentResult r, IReadOnlyList<JunitCase> cases)
    {
        w.WriteStartElement("testsuite");
        Attr(w, "name", $"HotAudit {r.Case.StandardLabel} {r.Case.Id} ({Names.Of(r.Case.Scenario)})");
        Counts(w, cases);
        Attr(w, "timestamp", r.CreatedAt.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
        w.WriteStartElement("properties");
        Property(w, "overall", r.Overall);
        Property(w, "tester_code", r.TesterCode ?? "");
        if (r.TesterCodeDecision.Reason is { } reason)
        {
            Property(w, "tester_code_reason", reason);
        }
        Property(w, "tool_version", r.ToolVersion);
        w.WriteEndElement();
        foreach (var c in cases)
        {
            WriteCase(w, c);
        }
        w.WriteEndElement();
    }

    private static void WriteCase(XmlWriter w, JunitCase c)
    {
        w.WriteStartElement("testcase");
        Attr(w, "classname", c.ClassName);
        Attr(w, "name", c.Name);
        Attr(w, "time", "0");
        if (c.Outcome is JunitOutcome.Failed or JunitOutcome.Error)
        {
            w.WriteStartElement(c.Outcome == JunitOutcome.Failed ? "failure" : "error");
            Attr(w, "message", c.Message);
            Attr(w, "type", c.ClassName == RunCases.ClassName ? c.Name : "nonconformant");
            w.WriteString(Clean(c.Details));
            w.WriteEndElement();
        }
        else if (c.Outcome == JunitOutcome.Skipped)
        {
            w.WriteStartElement("skipped");
            Attr(w, "message", c.Message);
            w.WriteEndElement();
        }
        if (c.Outcome is not (JunitOutcome.Failed or JunitOutcome.Error) && c.Details.Length > 0)
        {
            w.WriteElementString("system-out", Clean(c.Details));
        }
        w.WriteEndElement();
    }

    private static void Counts(XmlWriter w, IReadOnlyList<JunitCase> cases)
    {
        Attr(w, "tests", Number(cases.Count));
        Attr(w, "failures", Number(cases.Count(c => c.Outcome == JunitOutcome.Failed)));
        Attr(w, "errors", Number(cases.Count(c => c.Outcome == JunitOutcome.Error)));
        Attr(w, "skipped", Number(cases.Count(c => c.Outcome == JunitOutcome.Skipped)));
    }

    private static void Property(XmlWriter w, string name, string value)
    {
        w.WriteStartElement("property");
        Attr(w, "name", name);
        Attr(w, "value", value);
        w.WriteEndElement();
    }

    private static void Attr(XmlWriter w, string name, string value) => w.WriteAttributeString(name, Clean(value));

    /// <summary>Input values may hold characters XML cannot carry (control characters): they become U+FFFD, not an exception.</summary>
    private static string Clean(string text) => XmlText.Sanitize(text);

    private static string Number(int n) => n.ToString(CultureInfo.InvariantCulture);
}
