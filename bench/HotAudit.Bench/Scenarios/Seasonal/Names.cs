namespace HotAudit.Bench.Scenarios.Seasonal;

/// <summary>The names the simulated platform uses: apps, operator accounts and change notes.</summary>
internal static class Names
{
    public static readonly IReadOnlyList<(string Id, string Short)> Apps =
    [
        ("com.yunfan.travel", "travel"), ("com.jiayi.pay", "pay"), ("cn.dianxin.news", "news"), ("com.mingzhu.video", "video"),
        ("com.chuanqi.game", "game"), ("com.kanghu.health", "health"), ("com.xuele.edu", "edu"), ("com.suiyi.food", "food"),
        ("cn.zhixing.office", "office"), ("com.linbao.shop", "shop"),
    ];

    public static readonly IReadOnlyList<string> People =
    [
        "zhang.wei", "li.na", "wang.fang", "chen.jie", "liu.yang", "zhao.lei", "sun.li", "zhou.min", "wu.hao", "xu.jing",
        "hu.bin", "zhu.ting", "guo.qiang", "he.xin", "lin.tao", "ma.rui", "luo.yu", "song.kai", "zheng.hui", "liang.chen",
        "xie.ying", "han.bo", "tang.lu", "feng.yi", "deng.jun", "cao.yue", "peng.fei", "zeng.lin", "xiao.qi", "tian.ye",
    ];

    /// <summary>Accounts outside every app team: on-call, contractors, another department.</summary>
    public static readonly IReadOnlyList<string> Outsiders =
    [
        "oncall.ops1", "oncall.ops2", "vendor.qa07", "vendor.qa11", "mkt.campaign", "bi.analyst", "sre.night", "intern.dev03",
        "partner.cdn", "growth.ab",
    ];

    public static readonly IReadOnlyList<string> Reviewers = ["sec.review1", "sec.review2"];
    public const string Admin = "admin.platform";
    public const string Auditor = "audit.compliance";

    public static readonly IReadOnlyList<string> Changes =
    [
        "修复支付页偶发闪退", "fix crash on cold start with empty cache", "优化首页图片加载", "修复订单列表分页错误",
        "fix null pointer in share sheet", "调整活动页文案", "修复登录态过期未跳转", "patch memory leak in video player",
        "修复深色模式下文字颜色", "fix timezone bug in booking calendar", "更新隐私弹窗文案", "修复消息推送点击无响应",
        "fix rounding of coupon amounts", "优化搜索联想性能", "修复地址选择器崩溃", "hotfix: wrong price shown for bundles",
    ];
}
