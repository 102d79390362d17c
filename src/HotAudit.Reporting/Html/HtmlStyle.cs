namespace HotAudit.Reporting.Html;

/// <summary>The page's only style sheet, inline: system fonts, the workbook's tints, and print rules.</summary>
internal static class HtmlStyle
{
    public const string Css = """
        body{font-family:system-ui,-apple-system,"Segoe UI","Noto Sans CJK SC","Microsoft YaHei",sans-serif;margin:1.5em;color:#222;font-size:14px}
        h1{font-size:1.6em}h2{border-bottom:2px solid #D9E1F2;padding-bottom:.2em;margin-top:1.6em}
        table{border-collapse:collapse;margin:.5em 0;width:100%}th,td{border:1px solid #ccc;padding:3px 6px;text-align:left;vertical-align:top;overflow-wrap:break-word}
        th{background:#D9E1F2}dl.facts{display:grid;grid-template-columns:max-content auto;gap:2px 12px}dt{font-weight:600}dd{margin:0}
        .tester-code{float:right;border:2px solid #333;padding:.4em 1em;text-align:center}.tester-code strong{display:block;font-size:2.6em}
        .chart{display:inline-block;margin:.5em;vertical-align:top}.chart svg{max-width:100%;height:auto}.chart svg text{font-family:"Noto Sans CJK SC","Source Han Sans SC","Microsoft YaHei","PingFang SC",sans-serif}figcaption{text-align:center;color:#555}
        .finding{border-left:6px solid #ccc;padding:.2em .8em;margin:1em 0}
        .s-critical{border-color:#FF7C80}.s-high{border-color:#FFC7CE}.s-medium{border-color:#FFEB9C}.s-low{border-color:#DDEBF7}
        .v-conformant{background:#C6EFCE}.v-nonconformant{background:#FFC7CE}.v-observation{background:#FFEB9C}
        .v-insufficient_evidence{background:#F8CBAD}.v-manual{background:#BDD7EE}.v-not_applicable{background:#EDEDED}
        .gap{background:#FFC7CE}.complete{background:#C6EFCE}
        nav#contents ol{columns:2}
        @page{size:A4;margin:12mm 10mm}
        @media print{body{margin:0;font-size:8pt}nav#contents{break-after:page}section{break-inside:auto}
        section#clauses-section,section#findings,section#anomalies,section#traceability,section#data-quality{break-before:page}
        table{table-layout:fixed;font-size:7pt}th,td{overflow-wrap:anywhere;word-break:break-word;padding:1px 3px}
        .finding,figure,tr{break-inside:avoid}h2,h3{break-after:avoid}thead{display:table-header-group}.tester-code strong{font-size:2em}}
        """;
}
