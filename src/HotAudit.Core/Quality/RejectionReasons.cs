namespace HotAudit.Core.Quality;

/// <summary>
/// Every reason a row is rejected for (DATA-CONTRACT.md's checks, the timestamp's, long and unreadable lines), in both
/// languages. The readers write these and no other; zh-CN reports translate them through <see cref="All"/>.
/// </summary>
public static class RejectionReasons
{
    /// <summary>"missing required field".</summary>
    public static readonly ReasonTemplate MissingRequired = new("missing required field", "缺少必填字段");
    /// <summary>"missing, required for {0}".</summary>
    public static readonly ReasonTemplate MissingRequiredFor = new("missing, required for {0}", "缺失 ({0} 事件必填)");
    /// <summary>"missing event".</summary>
    public static readonly ReasonTemplate MissingEvent = new("missing event", "缺少事件名");
    /// <summary>"missing action".</summary>
    public static readonly ReasonTemplate MissingAction = new("missing action", "缺少操作");
    /// <summary>"missing timestamp".</summary>
    public static readonly ReasonTemplate MissingTimestamp = new("missing timestamp", "缺少时间戳");
    /// <summary>"unknown event '{0}'".</summary>
    public static readonly ReasonTemplate UnknownEvent = new("unknown event '{0}'", "未知事件 '{0}'");
    /// <summary>"unknown action '{0}'".</summary>
    public static readonly ReasonTemplate UnknownAction = new("unknown action '{0}'", "未知操作 '{0}'");
    /// <summary>"'{0}' is not one of {1}".</summary>
    public static readonly ReasonTemplate NotOneOf = new("'{0}' is not one of {1}", "'{0}' 不是以下之一: {1}");
    /// <summary>"'{0}' is not a boolean".</summary>
    public static readonly ReasonTemplate NotBoolean = new("'{0}' is not a boolean", "'{0}' 不是布尔值");
    /// <summary>"unreadable line".</summary>
    public static readonly ReasonTemplate UnreadableLine = new("unreadable line", "无法读取的行");
    /// <summary>"line longer than {0} (limit MaxLineBytes); skipped".</summary>
    public static readonly ReasonTemplate LineTooLong = new("line longer than {0} (limit MaxLineBytes); skipped", "行长超过 {0} (限制 MaxLineBytes), 已跳过");
    /// <summary>"bad timestamp: outside 2000-01-01..2100-12-31".</summary>
    public static readonly ReasonTemplate OutsideRange = new("bad timestamp: outside 2000-01-01..2100-12-31", "时间戳无效: 不在 2000-01-01..2100-12-31 之内");
    /// <summary>"bad timestamp: epoch with {0} digits (9-11 seconds, 12-14 milliseconds)".</summary>
    public static readonly ReasonTemplate EpochDigits =
        new("bad timestamp: epoch with {0} digits (9-11 seconds, 12-14 milliseconds)", "时间戳无效: 纪元时间为 {0} 位 (秒应为 9-11 位, 毫秒应为 12-14 位)");
    /// <summary>"bad timestamp: expected yyyy-MM-dd".</summary>
    public static readonly ReasonTemplate ExpectedDate = new("bad timestamp: expected yyyy-MM-dd", "时间戳无效: 应为 yyyy-MM-dd");
    /// <summary>"bad timestamp: month must be in 1..12".</summary>
    public static readonly ReasonTemplate BadMonth = new("bad timestamp: month must be in 1..12", "时间戳无效: 月份应在 1..12 之间");
    /// <summary>"bad timestamp: no such day".</summary>
    public static readonly ReasonTemplate NoSuchDay = new("bad timestamp: no such day", "时间戳无效: 日期不存在");
    /// <summary>"bad timestamp: expected HH:mm:ss after the date".</summary>
    public static readonly ReasonTemplate ExpectedTime = new("bad timestamp: expected HH:mm:ss after the date", "时间戳无效: 日期后应为 HH:mm:ss");
    /// <summary>"bad timestamp: time of day out of range".</summary>
    public static readonly ReasonTemplate BadTimeOfDay = new("bad timestamp: time of day out of range", "时间戳无效: 时刻超出范围");
    /// <summary>"bad timestamp: fraction must have 1-7 digits".</summary>
    public static readonly ReasonTemplate BadFraction = new("bad timestamp: fraction must have 1-7 digits", "时间戳无效: 秒的小数部分应为 1-7 位");
    /// <summary>"bad timestamp: offset must be Z, ±HH:mm or ±HHmm".</summary>
    public static readonly ReasonTemplate BadOffset = new("bad timestamp: offset must be Z, ±HH:mm or ±HHmm", "时间戳无效: 时区偏移应为 Z、±HH:mm 或 ±HHmm");

    /// <summary>Every reason, in the order a zh-CN report tries them.</summary>
    public static IReadOnlyList<ReasonTemplate> All { get; } =
    [
        MissingRequired, MissingRequiredFor, MissingEvent, MissingAction, MissingTimestamp, UnknownEvent, UnknownAction, NotOneOf,
        NotBoolean, UnreadableLine, LineTooLong, OutsideRange, EpochDigits, ExpectedDate, BadMonth, NoSuchDay, ExpectedTime,
        BadTimeOfDay, BadFraction, BadOffset,
    ];
}
