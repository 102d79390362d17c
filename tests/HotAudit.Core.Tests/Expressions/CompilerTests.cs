using FluentAssertions;
using HotAudit.Core.Contract;
using HotAudit.Core.Data;
using HotAudit.Core.Expressions;
using HotAudit.Core.Symbols;
using Xunit;
using Record = HotAudit.Core.Data.Record;

namespace HotAudit.Core.Tests.Expressions;

public sealed class CompilerTests
{
    private readonly SymbolTable _symbols = new();

    [Theory]
    [InlineData("event == 'apply_success' && app_state == 'background'", true)]
    [InlineData("event == 'APPLY_SUCCESS'", true)]
    [InlineData("user_initiated != true", true)]
    [InlineData("user_initiated == false", false)]
    [InlineData("patch_version > 3 && patch_version <= 27", true)]
    [InlineData("event in ['update_check', 'apply_success']", true)]
    [InlineData("not (event in ['update_check'])", true)]
    [InlineData("patch_hash == null", true)]
    [InlineData("tls('TLSv1.2') < 1.3 and tls('1') == 1.0", true)]
    [InlineData("app_state == 'foreground' || install_mode == 'silent'", false)]
    public void Compile_Filter_EvaluatesOnRow(string expression, bool expected)
    {
        var row = Row(("event", "apply_success"), ("app_state", "background"), ("patch_version", "27"));
        Evaluate(expression, row).IsTrue.Should().Be(expected);
    }

    [Theory]
    [InlineData("patch_id == 'p1'")]
    [InlineData("patch_id != 'p1'")]
    [InlineData("patch_id == null")]
    [InlineData("patch_id != null")]
    [InlineData("null == patch_id")]
    [InlineData("'p1' != patch_id")]
    [InlineData("patch_version == '27'")]
    [InlineData("patch_version == '27.0'")]
    [InlineData("patch_id in ['p1', 'p2']")]
    [InlineData("patch_id not in ['p1', 'p2']")]
    [InlineData("patch_id in ['p1', null]")]
    public void Compile_FieldAgainstLiteral_AgreesWithTheGeneralComparison(string expression)
    {
        // coalesce(x, null) is x, but as a call it takes the general path of delegates and Values.Equal.
        var general = expression.Replace("patch_id", "coalesce(patch_id, null)", StringComparison.Ordinal)
            .Replace("patch_version", "coalesce(patch_version, null)", StringComparison.Ordinal);
        var rows = new[]
        {
            Row(("patch_id", "p1"), ("patch_version", "27")),
            Row(("patch_id", "p3"), ("patch_version", "27.0")),
            Row(("patch_id", "P1")),
            Row(),
        };

        foreach (var row in rows)
        {
            Evaluate(expression, row).Should().Be(Evaluate(general, row), "{0} on {1}", expression, _symbols[row.Fields[Schemas.Telemetry.Slot("patch_id")]]);
        }
    }

    [Theory]
    [InlineData("user_initiated == true")]
    [InlineData("user_initiated == false")]
    [InlineData("user_initiated != true")]
    [InlineData("false != user_initiated")]
    [InlineData("published(patch_id) == false")]
    [InlineData("digest_matches(patch_id, patch_hash) == false")]
    [InlineData("digest_matches(patch_id, patch_hash) != true")]
    [InlineData("patch_version == true")]
    public void Compile_BooleanLiteral_AgreesWithTheGeneralComparison(string expression)
    {
        // coalesce(true, null) is true, but as a call it takes the general path of Values.Equal.
        var general = expression.Replace("true", "coalesce(true, null)", StringComparison.Ordinal)
            .Replace("false", "coalesce(false, null)", StringComparison.Ordinal);
        var rows = new[]
        {
            Row(("user_initiated", "true"), ("patch_id", "p1"), ("patch_hash", "ab")),
            Row(("user_initiated", "false"), ("patch_version", "1")),
            Row(("user_initiated", "yes"), ("patch_version", "true")),
            Row(),
        };

        foreach (var row in rows)
        {
            Evaluate(expression, row).Should().Be(Evaluate(general, row), expression);
        }
    }

    [Theory]
    [InlineData("event == 'apply_success'", "apply_success")]
    [InlineData("'APPLY_SUCCESS' == event", "apply_success")]
    [InlineData("event in ['update_check', 'download_start'] && transport == 'http'", "update_check,download_start")]
    [InlineData("event == 'apply_success' && (app_state == 'background' || install_mode == 'silent') && user_initiated != true", "apply_success")]
    [InlineData("event == 'update_check' || event in ['crash', 'rollback']", "update_check,crash,rollback")]
    [InlineData("event in ['crash', 'rollback'] && event == 'crash'", "crash")]
    [InlineData("event == 'crash' && event == 'rollback'", "")]
    [InlineData("patch_hash != null && event == 'crash'", "crash")]
    [InlineData("event == 'crash' || patch_id == 'p1'", null)]
    [InlineData("event != 'crash'", null)]
    [InlineData("event not in ['crash']", null)]
    [InlineData("not (event == 'crash')", null)]
    [InlineData("patch_hash != null && digest_matches(patch_id, patch_hash) == false", null)]
    public void Guard_FromTheFilterSyntax_KeepsExactlyTheEventsItCanHoldFor(string filter, string? events)
    {
        var compiler = Compiler();
        var compiled = compiler.Compile(filter);
        var guard = compiler.Guard([filter]);
        var context = new EvalContext(_symbols, [0], new NoLookups());

        guard.IsOpen.Should().Be(events is null);
        var kept = Vocabulary.Events.Where(e => !guard.Skips(Row(("event", e)))).ToArray();
        kept.Should().BeEquivalentTo(events is null ? Vocabulary.Events : events.Split(',', StringSplitOptions.RemoveEmptyEntries));
        // Whatever the other columns hold, a row the guard skips fails the filter.
        foreach (var e in Vocabulary.Events)
        {
            foreach (var row in new[] { Row(("event", e)), Row(("event", e), ("transport", "http"), ("app_state", "background"), ("patch_hash", "ab"), ("patch_id", "p1")) })
            {
                if (guard.Skips(row))
                {
                    compiled(row, context).IsTrue.Should().BeFalse("{0} on event {1}", filter, e);
                }
            }
        }
    }

    [Fact]
    public void Guard_SeveralFilters_KeepsTheirUnionAndOpensWhenOneIsOpen()
    {
        var compiler = Compiler();
        compiler.Compile("event == 'crash'");
        compiler.Compile("event in ['rollback']");
        compiler.Compile("patch_id == 'p1'");

        var union = compiler.Guard(["event == 'crash'", "event in ['rollback']"]);
        var open = compiler.Guard(["event == 'crash'", "patch_id == 'p1'"]);

        Vocabulary.Events.Where(e => !union.Skips(Row(("event", e)))).Should().BeEquivalentTo("crash", "rollback");
        open.IsOpen.Should().BeTrue();
        union.Skips(Row()).Should().BeTrue("an absent event is none of the filters' words");
    }

    [Theory]
    [InlineData("event == 'aply_success'", "'aply_success' is not a value of event")]
    [InlineData("evnt == 'apply_success'", "unknown field 'evnt'")]
    [InlineData("user_initiated == 'yes'", "is a boolean")]
    [InlineData("nosuch(patch_id)", "unknown function")]
    [InlineData("event == $missing", "unknown parameter")]
    [InlineData("event == 'x' &&", "unexpected end")]
    [InlineData("event == 'apply_success", "unterminated string")]
    [InlineData("event == 'x' \\ 1", "unexpected character '\\'")]
    [InlineData("patch_id == 'p\\'", "unterminated string")]
    public void Compile_Mistake_NamesIt(string expression, string message)
    {
        var act = () => Compiler().Compile(expression);
        act.Should().Throw<ExpressionException>().Which.Message.Should().Contain(message);
    }

    [Fact]
    public void Compile_StringWithEscapedQuote_KeepsTheQuote()
    {
        var act = () => Compiler().Compile("event == 'apply\\'success'");

        act.Should().Throw<ExpressionException>().Which.Message.Should().Contain("'apply'success' is not a value of event");
    }

    private Compiler Compiler() => new(new FieldBinder(Schemas.Telemetry, _symbols), _symbols, new Dictionary<string, object>());

    private Value Evaluate(string expression, Record row) =>
        Compiler().Compile(expression)(row, new EvalContext(_symbols, [0], new NoLookups()));

    private Record Row(params (string Column, string Value)[] values)
    {
        var r = new Record();
        foreach (var (c, v) in values)
        {
            r.Fields[Schemas.Telemetry.Slot(c)] = _symbols.Intern(v);
        }
        return r;
    }

    private sealed class NoLookups : ICaseLookups
    {
        public bool IsPublished(int patchId) => false;

        public bool? ActiveAt(int patchId, long ts) => null;

        public bool IsSigned(int patchId) => false;

        public bool? DigestMatches(int patchId, int reportedHash) => null;

        public int PatchAppVersion(int patchId) => 0;

        public int PatchAppId(int patchId) => 0;

        public int PatchReleaseVersion(int patchId) => 0;

        public bool? Authorized(int operatorName, int action, long ts) => null;

        public bool ReleasedBy(int patchId, int operatorName) => false;

        public bool? PublishedForVersion(int patchId, int appVersion) => null;

        public double? HoursSinceActive(int patchId, long ts) => null;

        public bool? TargetingMet(int patchId, in Record row) => null;

        public long? TenantFirstPublish(int tenantId) => null;

        public long? TenantLastPublish(int tenantId) => null;

        public int TesterResult(int appName, int appVersion) => 0;

        public HotAudit.Core.Signing.SignatureCheck? Signature(int patchId) => null;
    }
}
