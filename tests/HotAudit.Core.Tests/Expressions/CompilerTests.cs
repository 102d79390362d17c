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
