using HotAudit.Core.Rules;

namespace HotAudit.Core.CustomData;

/// <summary>The words of tables 2 and 3 of T/TAF 084.4, and what is wrong with a value that does not fit them.</summary>
internal static class CustomDataMeanings
{
    private const string Bases = "NTB";

    public static LocalizedText? TesterProblem(string data) =>
        data.Length != 2 ? new("检测者签名自定义数据应为 2 个字符: 检测规范标识 + 检测结果 (4.2)", "a tester's custom data must be 2 characters: basis then result (4.2)")
        : !Bases.Contains(data[0]) ? BadBasis(data[0])
        : data[1] is not ('0' or '1') ? new($"检测结果 '{data[1]}' 不是 0 或 1 (表 2)", $"result '{data[1]}' is not 0 or 1 (table 2)")
        : null;

    public static LocalizedText? DistributorProblem(string data) =>
        data.Length != 1 ? new("分发者签名自定义数据应为 1 个字符: 上架审核规范标识 (4.3)", "a distributor's custom data must be 1 character: the basis (4.3)")
        : !Bases.Contains(data[0]) ? BadBasis(data[0])
        : null;

    public static LocalizedText Of(SignerRole role, string data) => role switch
    {
        SignerRole.Developer => new("开发者认可待签名信息的真实性，应用由开发者开发", "the developer vouches for the to-be-signed record and for having developed the app"),
        SignerRole.Tester => Join(TesterBasis(data[0]), Result(data[1])),
        _ => DistributorBasis(data[0]),
    };

    private static LocalizedText BadBasis(char c) => new($"规范标识 '{c}' 不是 N、T 或 B", $"basis '{c}' is not N, T or B");

    private static LocalizedText TesterBasis(char basis) => basis switch
    {
        'N' => new("依据内部检测规范进行检测", "tested against internal test requirements"),
        'T' => new("依据推荐性标准检测规范进行检测", "tested against the standard's own requirements"),
        _ => new("依据内部检测规范和推荐性标准检测规范进行检测", "tested against both internal requirements and the standard's own"),
    };

    private static LocalizedText Result(char result) => result == '0'
        ? new("未发现不符合项", "no nonconformity found")
        : new("发现不符合项", "nonconformity found");

    private static LocalizedText DistributorBasis(char basis) => basis switch
    {
        'N' => new("依据内部审核规范进行发布", "released under internal review rules"),
        'T' => new("依据推荐性标准审核规范进行发布", "released under the standard's review rules"),
        _ => new("依据内部审核规范和推荐性标准审核规范进行发布", "released under both internal review rules and the standard's"),
    };

    private static LocalizedText Join(LocalizedText a, LocalizedText b) => new($"{a.Zh}；{b.Zh}", $"{a.En}; {b.En}");
}
