namespace HotAudit.Core.Quality;

/// <summary>
/// What a run says besides its findings, in both languages: the notices (skipped files, files that could not be read,
/// waivers, the previous run) and the data-quality issues that do not reject a row (reference rows, targeting
/// conditions, undecodable lines). Producers write <see cref="ReasonTemplate.Format"/>'s English (findings.json keeps
/// it); a zh-CN report reads it back through <see cref="ChineseText"/>.
/// </summary>
public static class RunMessages
{
    /// <summary>The formats HotAudit reads an event log or a reference table in.</summary>
    public const string Formats = ".csv, .tsv, .txt or .jsonl (each optionally .gz) or .xlsx";

    // Notices: the case folder.
    /// <summary>"{0}: skipped: {1}".</summary>
    public static readonly ReasonTemplate Skipped = new("{0}: skipped: {1}", "{0}: 已跳过: {1}", 1);
    /// <summary>"a sub-folder holding input files (a case is one folder: assess {0} itself)".</summary>
    public static readonly ReasonTemplate SubFolder =
        new("a sub-folder holding input files (a case is one folder: assess {0} itself)", "包含输入文件的子文件夹 (一个案例就是一个文件夹: 请单独评估 {0})");
    /// <summary>"HotAudit reads {0} files as {1}".</summary>
    public static readonly ReasonTemplate ReadsAs = new("HotAudit reads {0} files as {1}", "HotAudit 读取的 {0} 文件应为 {1}", 1);
    /// <summary>"its columns are those of {0}, but its name does not start with '{1}' (rename it, e.g. {2})".</summary>
    public static readonly ReasonTemplate LooksLike = new(
        "its columns are those of {0}, but its name does not start with '{1}' (rename it, e.g. {2})",
        "其列与{0}相同, 但文件名不以 '{1}' 开头 (请重命名, 例如 {2})", 0);
    /// <summary>"its name does not start with an input kind ({0})".</summary>
    public static readonly ReasonTemplate NoInputKind = new("its name does not start with an input kind ({0})", "文件名不以输入类型开头 ({0})", 0);
    /// <summary>"{0} as " and the formats read (<see cref="Formats"/>).</summary>
    public static readonly ReasonTemplate ExpectedNames = new("{0} as " + Formats, "{0}, 格式为 " + FormatsZh);
    /// <summary>The formats read (<see cref="Formats"/>).</summary>
    public static readonly ReasonTemplate FormatList = new(Formats, FormatsZh);
    /// <summary>"telemetry".</summary>
    public static readonly ReasonTemplate TelemetryWords = new("telemetry", "遥测");
    /// <summary>"an operation log".</summary>
    public static readonly ReasonTemplate OperationLogWords = new("an operation log", "操作日志");

    // Notices: a file that could not be read (as "file: reason").
    /// <summary>"{0}: {1}".</summary>
    public static readonly ReasonTemplate FileError = new("{0}: {1}", "{0}: {1}", 1) { Frame = true };
    /// <summary>"file not found".</summary>
    public static readonly ReasonTemplate FileNotFound = new("file not found", "文件不存在");
    /// <summary>"access denied".</summary>
    public static readonly ReasonTemplate AccessDenied = new("access denied", "无权访问");
    /// <summary>"not a valid gzip file ({0})".</summary>
    public static readonly ReasonTemplate NotGzip = new("not a valid gzip file ({0})", "不是有效的 gzip 文件 ('{0}')", 0);
    /// <summary>"not a readable .xlsx workbook ({0})".</summary>
    public static readonly ReasonTemplate NotWorkbook = new("not a readable .xlsx workbook ({0})", "不是可读取的 .xlsx 工作簿 ('{0}')");
    /// <summary>"I/O error: {0}".</summary>
    public static readonly ReasonTemplate IoError = new("I/O error: {0}", "读写错误: '{0}'");
    /// <summary>"cannot be read: {0}".</summary>
    public static readonly ReasonTemplate CannotBeRead = new("cannot be read: {0}", "无法读取: '{0}'");
    /// <summary>"no header line".</summary>
    public static readonly ReasonTemplate NoHeaderLine = new("no header line", "没有表头行");
    /// <summary>"the workbook has no sheet".</summary>
    public static readonly ReasonTemplate NoSheet = new("the workbook has no sheet", "工作簿中没有工作表");
    /// <summary>"inflates to more than {0} (limit GzipMaxBytes)".</summary>
    public static readonly ReasonTemplate GzipTooLarge = new("inflates to more than {0} (limit GzipMaxBytes)", "解压后超过 {0} (限制 GzipMaxBytes)");
    /// <summary>"inflates more than {0} times its compressed size (limit GzipMaxRatio)".</summary>
    public static readonly ReasonTemplate GzipRatio =
        new("inflates more than {0} times its compressed size (limit GzipMaxRatio)", "解压后超过压缩大小的 {0} 倍 (限制 GzipMaxRatio)");
    /// <summary>"the compressed content ends inside a line and its gzip trailer gives {0} bytes where {1} were inflated: the file is cut short".</summary>
    public static readonly ReasonTemplate GzipCutShort = new(
        "the compressed content ends inside a line and its gzip trailer gives {0} bytes where {1} were inflated: the file is cut short",
        "压缩内容在一行中间结束, 其 gzip 尾部记录为 {0} 字节而实际解压 {1} 字节: 文件不完整");
    /// <summary>"every one of its {0} rows was rejected".</summary>
    public static readonly ReasonTemplate AllRejected = new("every one of its {0} rows was rejected", "全部 {0} 行均被拒绝");
    /// <summary>"every one of its {0} rows was rejected (first at line {1}: {2}: {3})".</summary>
    public static readonly ReasonTemplate AllRejectedFirst =
        new("every one of its {0} rows was rejected (first at line {1}: {2}: {3})", "全部 {0} 行均被拒绝 (第一处在第 {1} 行: {2}: {3})", 3);
    /// <summary>"its header has no {0} column".</summary>
    public static readonly ReasonTemplate HeaderLacks = new("its header has no {0} column", "表头中没有 {0} 列");
    /// <summary>"not known: {0} — rename the columns, or map them with a mapping.yaml (README, Mappings)".</summary>
    public static readonly ReasonTemplate NotKnown = new(
        "not known: {0} — rename the columns, or map them with a mapping.yaml (README, Mappings)",
        "无法识别的列: {0} — 请重命名这些列, 或用 mapping.yaml 映射 (见 README 的 Mappings 一节)");
    /// <summary>"its columns: {0} — rename the columns, or map them with a mapping.yaml (README, Mappings)".</summary>
    public static readonly ReasonTemplate ItsColumns = new(
        "its columns: {0} — rename the columns, or map them with a mapping.yaml (README, Mappings)",
        "文件的列: {0} — 请重命名这些列, 或用 mapping.yaml 映射 (见 README 的 Mappings 一节)");

    // Notices: waivers, the previous run, attestations.
    /// <summary>"waiver #{0} ({1}) for {2} expired on {3} and was ignored".</summary>
    public static readonly ReasonTemplate WaiverExpired =
        new("waiver #{0} ({1}) for {2} expired on {3} and was ignored", "豁免 #{0} ({1}, 针对 {2}) 已于 {3} 过期, 未予采用");
    /// <summary>"waiver #{0} ({1}) for {2} matched no finding".</summary>
    public static readonly ReasonTemplate WaiverUnmatched = new("waiver #{0} ({1}) for {2} matched no finding", "豁免 #{0} ({1}, 针对 {2}) 未匹配任何发现项");
    /// <summary>"previous run not compared: {0}".</summary>
    public static readonly ReasonTemplate BaselineNotCompared = new("previous run not compared: {0}", "未与上次运行比较: {0}", 0);
    /// <summary>"{0}:{1}: not valid JSON: {2}".</summary>
    public static readonly ReasonTemplate BaselineNotJson = new("{0}:{1}: not valid JSON: {2}", "{0}:{1}: 不是有效的 JSON: '{2}'");
    /// <summary>"{0}: cannot read: {1}".</summary>
    public static readonly ReasonTemplate BaselineCannotRead = new("{0}: cannot read: {1}", "{0}: 无法读取: '{1}'");
    /// <summary>"{0}: not a HotAudit findings.json (no "schema": "{1}")".</summary>
    public static readonly ReasonTemplate BaselineNoSchema =
        new("{0}: not a HotAudit findings.json (no \"schema\": \"{1}\")", "{0}: 不是 HotAudit 的 findings.json (没有 \"schema\": \"{1}\")");
    /// <summary>"{0}: not a HotAudit findings.json (no "findings" list)".</summary>
    public static readonly ReasonTemplate BaselineNoFindings =
        new("{0}: not a HotAudit findings.json (no \"findings\" list)", "{0}: 不是 HotAudit 的 findings.json (没有 \"findings\" 列表)");
    /// <summary>"{0}: not a HotAudit findings.json: {1}".</summary>
    public static readonly ReasonTemplate BaselineNotFindings = new("{0}: not a HotAudit findings.json: {1}", "{0}: 不是 HotAudit 的 findings.json: '{1}'");
    /// <summary>"attestations.yaml: '{0}' is not a clause of the catalog; it was not used".</summary>
    public static readonly ReasonTemplate UnknownAttestation =
        new("attestations.yaml: '{0}' is not a clause of the catalog; it was not used", "attestations.yaml: '{0}' 不是条款目录中的条款, 未予采用");

    // Data-quality issues (the row is kept or only a reference row is lost).
    /// <summary>"line is not valid UTF-8 although the file was detected as {0} from its start; its invalid bytes were read as U+FFFD, so values on this line may be garbled".</summary>
    public static readonly ReasonTemplate InvalidUtf8 = new(
        "line is not valid UTF-8 although the file was detected as {0} from its start; its invalid bytes were read as U+FFFD, so values on this line may be garbled",
        "按文件开头检测的编码为 {0}, 但此行不是有效的 UTF-8; 其无效字节已读作 U+FFFD, 此行的值可能有乱码");
    /// <summary>"{0}; the row is missing from this reference file".</summary>
    public static readonly ReasonTemplate ReferenceRowMissing = new("{0}; the row is missing from this reference file", "{0}; 此参考文件中缺少该行", 0);
    /// <summary>"unreadable line: not a JSON object".</summary>
    public static readonly ReasonTemplate NotJsonObject = new("unreadable line: not a JSON object", "无法读取的行: 不是 JSON 对象");
    /// <summary>"{0}; the row is kept but this value cannot be used".</summary>
    public static readonly ReasonTemplate ValueUnusable = new("{0}; the row is kept but this value cannot be used", "{0}; 该行保留, 但此值无法使用", 0);
    /// <summary>"'{0}' is not an integer".</summary>
    public static readonly ReasonTemplate NotInteger = new("'{0}' is not an integer", "'{0}' 不是整数");
    /// <summary>"{0} more data-quality issues in this file are not listed".</summary>
    public static readonly ReasonTemplate MoreIssues =
        new("{0} more data-quality issues in this file are not listed", "此文件另有 {0} 个数据问题未列出");
    /// <summary>"targeting condition does not parse ({0}); HU-DST-03 cannot judge downloads under this publish".</summary>
    public static readonly ReasonTemplate ConditionUnparsed = new(
        "targeting condition does not parse ({0}); HU-DST-03 cannot judge downloads under this publish",
        "定向条件无法解析 ({0}); HU-DST-03 无法判定此次发布下的下载", 0);
    /// <summary>"unterminated string at character {0}".</summary>
    public static readonly ReasonTemplate UnterminatedString = new("unterminated string at character {0}", "第 {0} 个字符处的字符串没有结束");
    /// <summary>"unexpected '{0}' at character {1}".</summary>
    public static readonly ReasonTemplate UnexpectedAt = new("unexpected '{0}' at character {1}", "第 {1} 个字符处有意外的 '{0}'");
    /// <summary>"empty condition".</summary>
    public static readonly ReasonTemplate EmptyCondition = new("empty condition", "条件为空");
    /// <summary>"unexpected '{0}'".</summary>
    public static readonly ReasonTemplate Unexpected = new("unexpected '{0}'", "意外的 '{0}'");
    /// <summary>"missing ')'".</summary>
    public static readonly ReasonTemplate MissingParen = new("missing ')'", "缺少 ')'");
    /// <summary>"'{0}' is not a condition".</summary>
    public static readonly ReasonTemplate NotACondition = new("'{0}' is not a condition", "'{0}' 不是条件");
    /// <summary>"unexpected end of condition".</summary>
    public static readonly ReasonTemplate UnexpectedEnd = new("unexpected end of condition", "条件意外结束");

    private const string FormatsZh = ".csv、.tsv、.txt 或 .jsonl (均可再加 .gz) 或 .xlsx";

    /// <summary>Every message, in the order a zh-CN report tries them (a frame last).</summary>
    public static IReadOnlyList<ReasonTemplate> All { get; } =
    [
        Skipped, SubFolder, ReadsAs, LooksLike, NoInputKind, ExpectedNames, FormatList, TelemetryWords, OperationLogWords,
        FileNotFound, AccessDenied, NotGzip, NotWorkbook, IoError, CannotBeRead, NoHeaderLine, NoSheet, GzipTooLarge, GzipRatio, GzipCutShort,
        AllRejectedFirst, AllRejected, HeaderLacks, NotKnown, ItsColumns,
        WaiverExpired, WaiverUnmatched, BaselineNotCompared, BaselineNotJson, BaselineNoSchema, BaselineNoFindings, BaselineNotFindings,
        BaselineCannotRead, UnknownAttestation,
        InvalidUtf8, NotJsonObject, ReferenceRowMissing, ValueUnusable, NotInteger, MoreIssues, ConditionUnparsed,
        UnterminatedString, UnexpectedAt, EmptyCondition, Unexpected, MissingParen, NotACondition, UnexpectedEnd,
        FileError,
    ];
}
